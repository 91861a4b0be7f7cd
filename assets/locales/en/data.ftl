# oewg-sim, English: words about the data.

# Words too common in UN drafting to tell one wording from another; the lexicon that reads a player's
# own words ignores them. A translation gives its own list.
lexicon-stop-words = the and of to in on a an by for that with as its their such be is are or all it this these which use uses states state ict icts information communications technologies technology international

# States as UN documents name them inside a sentence (the list names, "Iran (Islamic Republic of)",
# stay as they are in lists and tables).
state-in-text-ARE = the United Arab Emirates
state-in-text-BHS = the Bahamas
state-in-text-BOL = the Plurinational State of Bolivia
state-in-text-CAF = the Central African Republic
state-in-text-COD = the Democratic Republic of the Congo
state-in-text-COG = the Congo
state-in-text-COM = the Comoros
state-in-text-DOM = the Dominican Republic
state-in-text-FSM = the Federated States of Micronesia
state-in-text-GBR = the United Kingdom of Great Britain and Northern Ireland
state-in-text-GMB = the Gambia
state-in-text-IRN = the Islamic Republic of Iran
state-in-text-KOR = the Republic of Korea
state-in-text-LAO = the Lao People's Democratic Republic
state-in-text-MDA = the Republic of Moldova
state-in-text-MDV = the Maldives
state-in-text-MHL = the Marshall Islands
state-in-text-NER = the Niger
state-in-text-NLD = the Netherlands
state-in-text-PHL = the Philippines
state-in-text-PRK = the Democratic People's Republic of Korea
state-in-text-RUS = the Russian Federation
state-in-text-SDN = the Sudan
state-in-text-SLB = the Solomon Islands
state-in-text-SYR = the Syrian Arab Republic
state-in-text-TZA = the United Republic of Tanzania
state-in-text-USA = the United States of America
state-in-text-VEN = the Bolivarian Republic of Venezuela
