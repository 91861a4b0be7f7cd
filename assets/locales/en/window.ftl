# oewg-sim, English: the window.

window-title = oewg-sim: consensus diplomacy on ICT security
bullet = - { $text }
numbered = { $number }. { $text }
button-back = Back
button-close = Close

## Title screen

title-name = oewg-sim
title-tagline = Consensus diplomacy at the United Nations Open-Ended Working Group on ICT security
title-blurb = Draft resolution text paragraph by paragraph; every delegation answers; at the gavel, consensus or the reason for every objection.
title-tutorial = Learn: the tutorial, as chair
title-tutorial-hover = Ten delegations, six paragraphs: find wording everyone can live with, then ask “Is there any objection?”.
title-new-here = New here? Start with the tutorial: the game explains each step as you go.
title-new-session = New session
title-new-session-hover = Choose a scenario and a delegation, or the chair.
title-host = Host a class
title-host-hover = Students join from their browsers on this network; this window becomes the instructor's console
new-host = Host the class
new-host-hover = Open the class on this network with this scenario; students join from their browsers and the AI plays every seat no one takes
title-continue = Continue
title-back-to = Back to { $session }
title-resume-autosave = Resume the autosave: { $session }
title-nothing-to-continue = No session to continue yet
title-load = Load
title-hide-saves = Hide saves
title-no-saves = No saves yet: Ctrl+S in a session saves it.
title-unreadable = { $save } (unreadable)
title-settings = Settings
title-quit = Quit
title-live = { $scenario }, round { $round } of { $rounds }
title-save = { $scenario }, { $who }, round { $round }, { $phase }
title-save-watching = watching
title-save-line = { $when }  { $save }
title-load-refused = Could not load the save; nothing was changed. { $error }
title-no-tutorial = The tutorial scenario is missing or does not load.

## New session

new-heading = New session
new-scenario = 1. Scenario
new-start-here = start here
new-card-facts = { $body } · { $year } · { $seats } delegations · { $texts ->
        [one] one text
       *[other] { $texts } texts
    } · { $rounds } rounds · failing consensus: { $fallback }
new-does-not-load = does not load: { $error }
new-choose-scenario = Choose a scenario.
new-seed = Seed
new-seed-hover = The same seed and the same moves give the same session. Unknown positions (estimates) are drawn from it.
new-role = 2. Your seat
new-several = Several people at this machine
new-several-hover = Each person takes a seat and plays in turn; between turns the screen hides everyone's instructions (H hands over).
new-chair = The chair
new-watch = Watch the AI play
new-or-delegation = Or a delegation:
new-search-hint = Search by name, code or group (e.g. Cuba, FRA, ASEAN)
new-shown = { $shown } of { $total } delegations
new-seat-row = { $code }  { $name }
new-you-chair = You will hold the chair.
new-you-watch = The AI will play every seat.
new-you-delegation = You will be the delegation of { $state }.
new-choose-role = Choose a seat.
new-read-instructions = Read your instructions

## Instructions

instructions-watching = Watching
instructions-watching-explained = The AI plays every seat. Press P to let it run or Space to step; click any seat to see why it stands where it does.
instructions-how-a-session-runs = How a session runs
instructions-step-1 = The chair tables the draft; delegations and groups state their positions.
instructions-step-2 = Informal consultations: propose wording, lobby, and watch the room move.
instructions-step-3 = The penholder issues a revised draft; contested paragraphs may be bracketed.
instructions-step-4 = “Is there any objection?” One objection blocks consensus; then the fallback applies.
instructions-keys = Press I in the session to see these instructions again, G for the glossary.
instructions-take-seat = Take your seat
brief-priorities = Your priorities, most important first
brief-red-lines = Your red lines
brief-red-line-hover = Red lines in the shipped data are estimates, marked as such; each holds with the scenario's probability.
brief-no-red-lines = No red lines: you can live with any wording, at a price.
brief-success = What success looks like

how-heading = How to play
how-chair-1 = Click a red seat (X) to see why that delegation objects: the paragraph, the issue, the red line.
how-chair-2 = In the draft (right), open a paragraph's wordings, read each one whole with what it would do to the room, and reword; or bracket it, delete it, or move it to the chair's summary.
how-chair-3 = Amendments the delegations propose are listed on the table; Accept takes one up.
how-chair-4 = Space runs the next step. When the bar says “no objections”, call for adoption (A).
how-delegation-1 = The inspector (left) shows your verdict on the draft and why; click any seat to see another delegation's.
how-delegation-2 = In the draft (right), open a paragraph's wordings and propose one, propose a new paragraph, or write one in your own words: the scenario's lexicon reads it, and your words are what you table.
how-delegation-3 = Lobby a delegation from its seat (the odds are shown first), or a negotiating group through its coordinator (choose the group above the room). Each attempt costs diplomatic capital.
how-delegation-4 = The chair revises the text after each round of consultations and calls for adoption when no one would block. Your stand at the gavel and your explanation of position are under each draft. Space runs the next step.
how-watching-1 = Space runs the next step, P lets the AI run; click any seat to see why it stands where it does.

## The bar

bar-phase = Phase: { $phase }
bar-round = Round { $round } of { $rounds } ({ $left } left)
bar-decision = Decision: consensus; failing that, { $fallback }
bar-you-delegation = You are the delegation of { $state }
bar-you-chair = You hold the chair (the pen)
bar-you-watch = You are watching AI-only play
bar-capital = · capital { $capital }
bar-hand-over = Hand over (H)
bar-hand-over-hover = The next person at this machine takes their seat; the screen hides everything until they are there.
bar-ai-paused = AI paused (Space: next step, P: run)
bar-ai-running = AI running (P: pause)
bar-step-hover = Runs the next step of the session (Space).
bar-instructions = Instructions (I)
bar-glossary = Glossary (G)
bar-save = Save (Ctrl+S)
bar-settings = Settings
bar-menu = Menu (Esc)
bar-debrief = Debrief (D)
bar-outcome = { $symbol }: { $outcome }
count-no-objections = Consensus: no objections
count-objections = Consensus: { $count ->
        [one] 1 objection
       *[other] { $count } objections
    } ({ $codes }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    })
count-for-text = { $symbol }: { $count }

step-open = Open the meeting: table the draft (Space)
step-general-exchange = Hear the general exchange of views (Space)
step-suspend = Suspend the meeting for informal consultations (Space)
step-consultations = Hold informal consultations (Space)
step-resume = Resume the meeting (Space)
step-revision = The revised draft (Space)
step-question = Put the question: is there any objection? (Space)
step-concluded = Concluded

next-press-space = press Space for the next step
next-ai-runs = the AI moves at your chosen pace (P pauses)
next-concluded = The session is over: press D or the button for the debrief.
next-opening = The draft is tabled and delegations state their positions: { $step }.
next-adoption = The chair asks “Is there any objection?”: { $step }.
next-chair-no-objections = Nobody objects: call for adoption (A) while it lasts, or improve the text first.
next-chair-objections = { $count ->
        [one] One delegation objects
       *[other] { $count } delegations object
    }: click a red seat to see why, then reword, bracket or move the paragraph to a chair's summary; { $step }.
next-delegation-consultations = Informal consultations: propose wording (draft, right) or lobby a delegation (click its seat); { $step }.
next-delegation-revision = The penholder revises the text, weighing the amendments: { $step }.
next-watching = AI-only play: { $step }.

## The moves waiting

pending-heading = { $count ->
        [one] Your move waiting
       *[other] Your { $count } moves waiting
    }
pending-withdraw = Withdraw { $number }
pending-propose = You propose { $proposal }.
pending-lobby = You lobby { $state } on { $issue }.
pending-call = You call for adoption.
pending-event = You inject the event “{ $title }”.
pending-announce = You tell the room: “{ $text }”
pending-declare = At the gavel you will: { $stand }.
pending-assign = A seat changes hands.
pending-no-longer-fits = An edit that no longer fits the text (it will be refused).
pending-when-now = Acted on when the consultations end (the next step).
pending-when-consultations = Acted on at the next informal consultations.
pending-when-revision = Answered after the revised draft: the question is put then.
pending-when-next-step = Counts from the next step.

## The room

room-heading = The room: { $count } delegations
room-everyone = Everyone
room-verdict-count = { $verdict } { $count }
room-lobby-group = Lobby the { $group } through its coordinator, { $coordinator }, on
room-lobby-choose-issue = an issue
room-lobby-issue = { $issue } (odds { $odds } in 100)
room-lobby-button = Lobby the { $group }
seat-hover = { $state }: { $verdict }{ $why }
seat-red-line = , red line on { $issue }
seat-mostly = , mostly because of { $issue }

## The draft

draft-heading = { $symbol } ({ $label })
draft-label-rev = Rev.{ $revision }
draft-label-named-rev = { $draft }, Rev.{ $revision }
draft-label-tabled = as tabled
draft-call-for-adoption = Call for adoption
draft-call-for-adoption-hover = The chair asks “Is there any objection?”. One objection blocks consensus; then the body's fallback applies. Bracketed text cannot be adopted.
draft-amendments = Amendments on the table ({ $count })
draft-accept-amendment = Accept amendment { $number }
draft-accept-when = Accepted amendments enter the text at the next informal consultations.
amendment-by = { $state } proposes { $proposal }
draft-own-words = in the proposer's own words
draft-own-words-hover = A delegation wrote this paragraph; the room reads it as the wording of the ladder shown when its wordings are opened.
draft-bracketed = bracketed
draft-you = you: { $verdict }
draft-you-red-line = you: red line crossed
draft-you-hover = What this paragraph alone does to your delegation.
draft-open-wordings = Wordings for paragraph { $number }
draft-close-wordings = Close the wordings
draft-ladder-explained = Every wording this paragraph could have, strongest first, and what each would do: your verdict on the whole text, and how many delegations would object.
draft-ladder-current = in the text now
draft-ladder-agreed = agreed language
draft-preview-you = you: { $verdict }
draft-preview-objectors = { $count } would object
draft-propose-for = Propose for paragraph { $number }
draft-reword = Reword paragraph { $number }
draft-ask-bracket = Ask to bracket paragraph { $number }
draft-propose-delete = Propose deleting paragraph { $number }
draft-bracket = Bracket paragraph { $number }
draft-unbracket = Remove the brackets from paragraph { $number }
draft-delete = Delete paragraph { $number }
draft-to-summary = To the chair's summary: paragraph { $number }
draft-add-paragraph = Add a paragraph
draft-choose-issue = Choose an issue
draft-propose-paragraph = Propose this paragraph
draft-insert-paragraph = Insert this paragraph

stand-heading = Your stand at the gavel
stand-explained = What you will do when the chair asks “Is there any objection?”. As instructed: object only if your verdict is “objects” and blocking is worth its cost.
stand-as-instructed = as instructed
stand-object = object
stand-join = join consensus
stand-explanation = Your explanation of position (read out after the decision):
stand-explanation-hint = e.g. We join consensus, but regret that the text does not name international humanitarian law.
stand-tell-the-chair = Tell the chair

free-heading = Write a paragraph in your own words
free-hint = e.g. Decides to begin negotiations on a legally binding instrument
free-explained = The scenario's lexicon reads it as one of the issues and the closest wording on its ladder: that is how the room understands it. Your words are what you table.
free-read-as = The room reads it as: { $issue } (found { $found })
free-also = Also mentioned: { $issues }
free-not-recognised = No issue recognised: none of the scenario's terms (“legally binding”, “international humanitarian law”, “information security”, “multistakeholder”...) is in the text. Choose the issue below.
free-issue = Issue
free-strength = How strong the room reads it:
free-propose-as = Propose as paragraph { $number }
free-propose-new = Propose as a new paragraph
free-put-in = Put in paragraph { $number }
free-insert-new = Insert as a new paragraph

## The inspector

inspector-heading = { $state } ({ $code })
inspector-groups = { $region }; { $groups }
inspector-empty = Click a seat to see that delegation's verdict, its reasons and its stances.
inspector-capital = Your diplomatic capital: { $capital } (one attempt costs { $cost })
inspector-stances = Stances
inspector-salience = salience { $salience }
inspector-red-line = red line
inspector-lobby = Lobby on this (odds { $odds } in 100)
inspector-lobby-hover = One attempt costs diplomatic capital; if it succeeds, the delegation's position moves toward the text. The more it cares about the issue, the lower the odds.
inspector-statements = What it has said
stance-position = wants { $wants }; the text: { $text }
reason-red-line = { $paragraph }: crosses its red line ({ $limit })
reason-distance = { $paragraph } { $direction ->
        [too-far] goes further than it wants
       *[not-far-enough] does not go as far as it wants
    }

## Log and charts

log-heading = Statements and events
chart-support-heading = Support over rounds
chart-forecast-heading = Forecast: the text beside the compromise and Nash points
chart-forecast-explained = Compromise: the salience- and influence-weighted mean of every delegation's position. Nash: the point that maximises the product of every delegation's gain over no agreement. Far from both, the text will meet resistance.
chart-after-round = count after round
chart-position-axis = position (0 weakest, 100 strongest)
chart-text = text
chart-compromise = compromise
chart-nash = Nash

tab-room = The room
tab-draft = The draft
tab-delegation = Delegation
tab-log = Statements
tab-charts = Charts

## Windows over the session

window-instructions = Your capital's instructions
window-glossary = Glossary of procedure
window-adoption = Is there any objection?
adoption-no-objection = No objection is heard.
adoption-so-decided = It is so decided. (The gavel falls.)
adoption-objections = { $count ->
        [one] One delegation objects:
       *[other] { $count } delegations object:
    }
adoption-blocked = Consensus is blocked.
adoption-summary = { $count ->
        [one] One paragraph went
       *[other] { $count } paragraphs went
    } to the chair's summary, on the chair's own responsibility.
adoption-explanations = Explanations of position
adoption-outcome = Outcome: { $outcome }
adoption-roll-call = The roll call
adoption-to-debrief = Go to the debrief (D)
adoption-stay = Stay in the room

handover-heading = Hand over to { $who }
handover-delegation = the delegation of { $state }
handover-chair = the chair
handover-explained = Everything is hidden until the next person is at the screen, so nobody sees another seat's instructions.
handover-i-am = I am { $who }: show my seat

## Debrief

debrief-heading = Debrief: { $title }
debrief-outcome = { $symbol }: { $outcome }, at the end of round { $round } of { $rounds }
debrief-undecided = { $symbol }: not decided
debrief-back = Back to the room
debrief-export = Export the record
debrief-export-hover = A text file with every statement and this debrief, for grading.
debrief-title-screen = Title screen
debrief-role-delegation = You played the delegation of { $state }; at the gavel you { $stand }.
debrief-stand-instructed = followed your instructions
debrief-stand-object = declared you would object
debrief-stand-join = declared you would join consensus
debrief-role-chair = You held the chair.
debrief-role-watched = You watched AI-only play.
debrief-against-instructions = Against your instructions
debrief-met = met
debrief-missed = missed
debrief-at-the-gavel = At the gavel
debrief-drafts = The drafts, from the opening to the gavel
debrief-never-changed = The text was never changed.
debrief-opening-draft = Opening draft
debrief-rev = { $label }
debrief-at-gavel = At the gavel
debrief-changes = { $label }: { $count ->
        [one] one change
       *[other] { $count } changes
    }
debrief-final-text = The final text
debrief-history = What happened in history
debrief-sources = Sources: { $sources }
debrief-beside-heading = Your text beside the one adopted in history
debrief-beside = { $issue }: { $same ->
        [yes] as in history, { $history }
       *[no] yours { $yours }; in history { $history }
    }{ $estimate ->
        [yes] {" "}(where history stood is an estimate: { $source })
       *[no] {" "}({ $source })
    }
debrief-place-text = “{ $wording }”
debrief-place-summary = in the chair's summary
debrief-place-absent = not in the text

export-heading = { $title }, seed { $seed }
export-debrief = == Debrief: { $title }
export-met = [met] { $text }
export-missed = [not met] { $text }
export-objected = Objected: { $text }
export-roll-call = { $state }: { $vote } ({ $reason })
export-draft = { $label }:
export-change = {"  "}- { $text }
export-final-text = Final text:
export-history = History: { $text }

## Notices

notice-saved = Saved to { $path }
notice-save-failed = Could not save: { $error }
notice-autosave-failed = Could not write the autosave: { $error }
notice-exported = Record exported to { $path }
notice-export-failed = Could not export the record: { $error }
notice-screenshot = Screenshot: { $path }
notice-screenshot-failed = Could not save a screenshot: { $error }
notice-refused = Not done: { $reason }

## Settings

settings-heading = Settings
settings-language = Language
settings-language-hover = The language of the window and the exports. --lang on the command line overrides it for one run; until you choose one, the game follows your system's language.
settings-scale = UI scale
settings-scale-hover = Larger for a projector, smaller for a small screen. Only the scales that leave this window room to work are offered.
settings-percent = { $percent }%
settings-scale-current = now { $percent }% (too large for this window)
settings-colours = Colours
settings-colours-hover = Seats also carry a letter and a shape, so no one depends on colour.
settings-swatches = Colour swatches
settings-pace = Speed of AI turns
settings-pace-hover = Seconds between AI steps when the AI runs (P).
settings-pace-unit = s per step
settings-theme = Theme
settings-dark = Dark
settings-light = Light
settings-shortcuts = Keyboard shortcuts
settings-not-saved = Could not save the settings: { $error }
palette-standard = Standard
palette-colour-blind = Colour-blind safe (Okabe-Ito)
palette-high-contrast = High contrast
key-space = next AI step (informal consultations, revision, adoption)
    .key = Space
key-p = pause or let the AI run at the chosen pace
    .key = P
key-a = chair: call for adoption (“Is there any objection?”)
    .key = A
key-i = show or hide your capital's instructions
    .key = I
key-g = show or hide the glossary of procedure
    .key = G
key-ctrl-s = save the session
    .key = Ctrl+S
key-d = after the gavel: the debrief
    .key = D
key-h = several people at one machine: hand over to the next
    .key = H
key-f12 = save a screenshot of the window
    .key = F12
key-esc = close a window; from the session, the title screen
    .key = Esc

## The glossary

term-consensus = Consensus
    .explained = A decision taken without a vote: the chair asks “Is there any objection?” and, if none is raised, strikes the gavel. One objection is enough to block it.
term-chairs-text = Chair's text
    .explained = The draft the chair (the penholder) tables and revises. Delegations propose amendments; only the penholder changes the text.
term-penholder = Penholder
    .explained = Who holds the pen on a text: the chair in a working group or a group of experts; the main sponsor for a First Committee resolution.
term-general-exchange = General exchange of views
    .explained = Each delegation, or a group speaking for its members, states its position on the draft.
term-consultations = Informal consultations
    .explained = Negotiation outside the formal meeting: amendments are proposed, delegations lobby each other, groups close ranks.
term-revision = Revised draft (Rev.)
    .explained = After consultations the penholder issues a revision (Rev.1, Rev.2...) that tries to meet the objections.
term-brackets = Brackets
    .explained = Words in [square brackets] are not agreed. Nothing is agreed until everything is agreed: a text is not adopted with brackets in it.
term-agreed-language = Agreed language
    .explained = Wording already adopted by consensus, in an earlier report or resolution. Delegations accept it more easily: it has been accepted before, so a difference from it weighs less.
term-chairs-summary = Chair's summary
    .explained = A summary issued on the chair's own responsibility. What could not be agreed goes there: on the record, but not agreed text. The 2021 OEWG ended this way.
term-red-line = Red line
    .explained = What a capital instructs its delegation never to accept. Crossing one makes a delegation object, whatever the rest of the text.
term-salience = Salience
    .explained = How much an issue matters to a delegation: a small move on a salient issue weighs more than a large move on a minor one.
term-explanation-of-position = Explanation of position
    .explained = A statement after the decision: a delegation that joined consensus says what it could not support and dissociates itself from it.
term-diplomatic-capital = Diplomatic capital
    .explained = What lobbying spends: each attempt to move another delegation costs capital, and it runs out.
term-recorded-vote = Recorded vote
    .explained = In the General Assembly and its First Committee, a text without consensus is put to a vote; each state's vote is recorded.
term-negotiating-group = Negotiating group
    .explained = Delegations that negotiate together (the European Union, the Non-Aligned Movement, the African Group, the Arab Group, ASEAN): one speaks on behalf of all, and members move toward the group's position.
term-isolation = Isolation
    .explained = Blocking alone is costly, less so in company: an isolated objector often joins consensus and explains its position instead.
