# oewg-sim, English: words about the data.

# Words too common in UN drafting to tell one wording from another; the lexicon that reads a player's
# own words ignores them. A translation gives its own list.
lexicon-stop-words = the and of to in on a an by for that with as its their such be is are or all it this these which use uses states state ict icts information communications technologies technology international
