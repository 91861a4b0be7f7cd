# oewg-sim, English: what is said in the room, the record and the exports.
# Variables are in { $name }. Names from the data (states, issues, wordings, groups) come in as variables;
# a translation can also override them with keys built from their ids: state-CUB, issue-binding_instrument,
# wording-binding_instrument-0, group-EU, body-oewg, scenario-oewg_2019-title, scenario-oewg_2019-text-0.

## Names of things the model knows

language-name = English

verdict-supports = supports
    .letter = S
verdict-can-live-with = can live with it
    .letter = L
verdict-reservations = has reservations
    .letter = R
verdict-objects = objects
    .letter = X

outcome-consensus = adopted by consensus
outcome-consensus-with-chair-summary = adopted by consensus, with a chair's summary issued on the chair's own responsibility
outcome-no-consensus = no consensus
outcome-adopted-by-vote = adopted by recorded vote
outcome-rejected-by-vote = rejected in a recorded vote

phase-opening = Opening
phase-general-exchange = General exchange of views
phase-consultations = Informal consultations
phase-revision = Revised draft
phase-adoption = Adoption
phase-concluded = Concluded

fallback-no-report = no report
fallback-chair-summary = a chair's summary
fallback-recorded-vote = a recorded vote

region-african = African Group
region-asia-pacific = Asia-Pacific Group
region-eastern-european = Eastern European Group
region-grulac = Latin American and Caribbean Group
region-weog = Western European and Others Group

source-sponsorship = sponsorship: { $roster }{ $date }
source-statement = statement: { $document }{ $symbol }, { $date }: { $says }
source-group = group position: { $document }{ $symbol }, { $date }: { $says }
source-symbol = {" "}({ $symbol })
source-dated = , { $date }
source-estimate = estimate: { $text }
source-vote = recorded vote on { $roll_call }{ $meeting }, { $date }: { $vote ->
        [yes] voted in favour
        [no] voted against
       *[abstain] abstained
    }

issue-numbered = { $item } { $title }
list-and = { $init } and { $last }
quoted = “{ $text }”
seat-chair = the chair

## Who speaks

speaker-chair = Chair
speaker-instructor = Instructor
speaker-for-group = { $state } for the { $group }
subject-group = The group
subject-chair = The chair
subject-delegation = The delegation of { $state }
subject-expert = The expert from { $state }
speaker-expert = Expert from { $state }

statement-line = [{ $round }] { $speaker }: { $says }

## What is said

paragraph-ref = paragraph { $number } ({ $issue })
paragraph-ref-title = Paragraph { $number } ({ $issue })
paragraph-absent = the absence of a paragraph on { $issue }

limit-nothing-stronger = it can accept nothing stronger than “{ $wording }”
limit-at-least = it needs the text to say at least “{ $wording }”
limit-no-paragraph = it can accept no paragraph on this at all
limit-beyond-every-wording = no wording on the table goes far enough for it

says-tables = The { $body } opens. The draft “{ $title }” ({ $symbol }) is tabled with { $paragraphs } paragraphs; decisions are taken by consensus.
says-tables-draft = The chair tables the draft “{ $title }” ({ $symbol }) with { $paragraphs } paragraphs.
says-on-behalf = On behalf of the { $group }: { $statement }

position-red-line = { $who } cannot accept { $paragraph }: { $limit }. It will not join consensus on a text that contains it.
position-objects = { $who } cannot support the draft in its present form: { $paragraph } { $direction ->
        [too-far] goes too far
       *[not-far-enough] does not go far enough
    }, and no outcome at all would serve it better than this text.
position-reservations = { $who } has reservations: { $paragraph } { $direction ->
        [too-far] goes too far
       *[not-far-enough] does not go far enough
    }. It asks the chair to revisit it.
position-can-live-with = { $who } can live with the draft, although { $paragraph } { $direction ->
        [too-far] goes further than it would wish
       *[not-far-enough] does not go as far as it would wish
    }.
position-supports = { $who } supports the draft and thanks the chair for a balanced text.

says-proposes = proposes { $proposal }.
propose-reword = that paragraph { $number } ({ $issue }) read: “{ $wording }”
propose-insert = a new paragraph on { $issue }: “{ $wording }”
propose-bracket = that paragraph { $number } ({ $issue }) be placed in brackets
propose-unbracket = that the brackets around paragraph { $number } ({ $issue }) be removed
propose-delete = the deletion of paragraph { $number } ({ $issue })
propose-to-summary = that paragraph { $number } ({ $issue }) go to the chair's summary

edit-reword = Paragraph { $number } ({ $issue }) now reads: “{ $wording }”
edit-insert = A new paragraph on { $issue }: “{ $wording }”
edit-bracket = Paragraph { $number } ({ $issue }) is placed in brackets.
edit-unbracket = The brackets around paragraph { $number } ({ $issue }) are removed.
edit-delete = Paragraph { $number } ({ $issue }) is deleted.
edit-to-summary = Paragraph { $number } ({ $issue }) goes to the chair's summary.

lobby-through-group = the { $group } through its coordinator, { $coordinator }
says-lobbies-moved = lobbies { $whom } on { $issue }: its position moves toward the text.
says-lobbies-for-change = lobbies { $whom } to change the text on { $issue }: its position moves toward the lobbyist's.
says-lobbies-failed = lobbies { $whom } on { $issue }, without result: the odds were { $odds } in 100, and { $target } holds its position.
says-lobbies-no-capital = has no diplomatic capital left to lobby { $whom }.

says-revises = Rev.{ $revision } of { $symbol }. { $changes }
says-revises-named = Rev.{ $revision } of the { $draft }. { $changes }
says-new-draft = The { $draft } changes the text. { $changes }
says-brackets = The chair marks what is still fought over. { $changes }
says-clears-brackets = Before the decision, the chair proposes a package to clear the brackets. { $changes }
edit-with-why = { $edit } ({ $why }).
why-took-up = taking up the amendment of { $who }
why-took-up-group = taking up the amendment of the { $group }, presented by { $who }
why-favoured = { $count ->
        [one] one delegation favours it
       *[other] { $count } delegations favour it
    }
why-meets = { $more ->
        [0] it meets the objection of { $who }
       *[other] it meets the objections of { $who } and { $more } others
    }
why-package = in a package with paragraph { $number }
says-organizes = The { $body } holds its organizational session: it adopts its agenda and programme of work, and will take its decisions by consensus.
says-priority = { $who } wants the outcome to say, on { $issue }: “{ $wording }”{ $insists ->
        [yes] {" "}It has made this a red line.
       *[no] {""}
    }
says-warns = { $who } warns that it will not be able to join consensus on { $symbol } unless the text on { $issue } changes{ $red_line ->
        [yes] : it crosses a red line of its government
       *[no] {""}
    }; it asks that the paragraph be placed in brackets.
says-gives-way = { $who } will not press its amendment on { $issue } further: { $reason ->
        [compromise] it gives way in a spirit of compromise
        [isolated] few delegations share its view
       *[group] its group does not share it
    }.
says-question = The chair proposes that { $symbol } be adopted by consensus. Is there any objection?
says-to-summary = Objections are heard. The chair moves { $count ->
        [one] paragraph { $paragraphs }
       *[other] paragraphs { $paragraphs }
    } to a chair's summary, issued on the chair's own responsibility, and asks again: is there any objection?
says-objects-red-line = { $who } objects: on { $issue } the text crosses a red line of its government.
says-objects = { $who } objects: on { $issue } the text goes against its instructions, and it would rather have no outcome than this text.
says-dissociates = { $who } will not stand in the way of consensus, but dissociates itself from the text on { $issue }.
says-explains-in-own-words = In explanation of position: “{ $words }”
says-declares-object = { $who } informs the chair that it will not be able to join consensus on { $symbol }.
says-declares-join = { $who } informs the chair that it will not stand in the way of consensus on { $symbol }.
says-outcome = Outcome on { $symbol }: { $outcome }.
says-consultations-resume = There are objections. The chair suspends the meeting: informal consultations on { $symbol } resume.
says-requests-vote = { $who } requests a recorded vote on { $symbol }.
says-explains-vote = { $who } { $vote ->
    [yes] voted in favour
    [no] voted against
   *[abstain] abstained
}: { $reason }.
says-aligns = { $who } aligns itself with the statement made by { $lead }.
says-named-draft = { $session }: the chair tables the { $draft } of { $symbol }.
says-summary-records = The chair will reflect in the chair's summary, on its own responsibility, { $count ->
    [one] a proposal
   *[other] { $count } proposals
} that many delegations supported but that could not be agreed: { $items }.
summary-item = on { $issue }, “{ $wording }”
cue-group = the { $group }
cue-prior-vote = its own vote on { $roll_call } ({ $date })
tally = Recorded vote: { $yes } in favour, { $no } against, { $abstain } abstentions.
says-seat-to-person = The instructor gives the seat of { $seat } to a person.
says-seat-to-ai = The instructor hands the seat of { $seat } to the AI.
says-event = An event reaches the delegations concerned: { $title }.
says-announcement = To the room: “{ $text }”

final-text = { $number }. { $text }
final-bracketed = { $number }. [{ $text }]
final-summary = { $number }. (chair's summary) { $text }
final-deleted = { $number }. (deleted) { $text }

## The transcript

transcript-heading = == { $heading }
transcript-count = count { $symbol } after round { $round }: { $supports } support, { $live } can live with it, { $reservations } reservations, { $objects } object
transcript-final = The text of { $symbol } as decided:

## Why a move is refused

edit-error-no-paragraph = There is no paragraph { $number }.
edit-error-not-in-text = Paragraph { $number } is no longer in the text.
edit-error-no-rung = That wording is not on the issue's ladder.
edit-error-not-available = That wording did not exist yet at the time of this negotiation, or this body could not adopt it.
edit-error-issue-covered = Paragraph { $number } already covers this issue: amend it instead.
edit-error-no-issue = There is no such issue.
edit-error-not-bracketed = Paragraph { $number } is not in brackets.
edit-error-already-bracketed = Paragraph { $number } is already in brackets.
edit-error-no-summary = This body has no chair's summary.

refused-session-over = The session is over.
refused-not-in-this-session = The calendar does not provide for a decision yet: the question can be put in the { $session }.
refused-no-draft-yet = There is no draft to amend yet: the chair tables it in the { $session }.
refused-not-your-seat = That is not your seat.
refused-penholder-only = Only the penholder of that text can do this.
refused-delegation-only = Only a delegation can do this.
refused-instructor-only = Only the instructor can do this.
refused-no-delegation = There is no such delegation.
refused-no-issue = There is no such issue.
refused-no-group = There is no such group at the table.
refused-not-negotiating = The { $group } does not negotiate as a group here.
refused-no-text = There is no such text.
refused-no-event = There is no event number { $index } in this scenario.
refused-lobbying-yourself = A delegation cannot lobby itself.
refused-no-capital = Not enough diplomatic capital: { $left } left, { $needed } needed with the lobbying already waiting.
refused-duplicate = The same move is already waiting.
refused-too-long = Too long: at most { $max } characters.
refused-not-yours = Only whoever made a move can withdraw it.
refused-no-such-move = That move is no longer waiting.

## The capital's instructions

brief-to = Instructions to the delegation of { $state }
brief-to-chair = The chair's brief
brief-push-for = push for “{ $wording }”
brief-push-for-nothing = keep any paragraph on it out of the text
brief-priority = { $issue } (salience { $salience }): { $push }
brief-priority-hover = Your position: { $position } on a scale from 0 (silence or the weakest wording) to 100 (the strongest).
    Source: { $source }{ $estimate ->
        [yes] {"\u000A"}An estimate, not a documented position.
       *[no] {""}
    }
brief-red-line = { $issue }: object if the text goes further than your government allows: { $order }.
success-adopted = The text is adopted and crosses none of your red lines.
success-priorities = On each priority, the adopted text lands close to your position (within { $within } points on the issue's scale): the closer, the better.
success-goodwill = You keep the goodwill of the room: objecting alone is costly, so block only on a red line.
success-chair-consensus = A text adopted by consensus: when you ask “Is there any objection?”, nobody objects.
success-chair-keep = As much of the text kept as the room allows: weaken, bracket or move to a chair's summary only what blocks.
success-chair-fallback = Failing consensus, the fallback is { $fallback }.
success-chair-time = Time: { $rounds } rounds of informal consultations.

## The debrief's marks

mark-outcome = Outcome: { $outcome }.
mark-undecided = The session has not concluded.
mark-red-line-held = Red line on { $issue }: held.
mark-red-line-crossed = Red line on { $issue }: crossed by the final text.
mark-priority = Priority { $issue }: the text says { $now }; you wanted { $wanted }.
mark-no-paragraph = nothing on it
mark-verdict = Your verdict on the final text: { $verdict }.
mark-chair-outcome = Outcome: { $outcome } in round { $round } of { $rounds }.
mark-kept = { $kept } of the { $opened } paragraphs the text opened with adopted as agreed text; { $summary } in the chair's summary.
mark-kept-not-adopted = The text was not adopted, so none of it is agreed ({ $kept } of { $opened } paragraphs stood as text at the end; { $summary } in the chair's summary).

change-added = { $paragraph } added: “{ $wording }”
change-weakened = { $paragraph } weakened: “{ $wording }”
change-strengthened = { $paragraph } strengthened: “{ $wording }”
change-agreed = { $paragraph } agreed (brackets removed)
change-bracketed = { $paragraph } bracketed
change-to-summary = { $paragraph } moved to the chair's summary
change-summarised = The chair's summary records a proposal on { $issue }: “{ $wording }”
change-deleted = { $paragraph } deleted

## Votes and objections

vote-yes = in favour
vote-no = against
vote-abstain = abstaining
vote-reason-sponsor = sponsors the text
vote-reason-declared = as its delegation declared
vote-reason-content = can accept the text
vote-reason-reservations = reservations on { $issue }
vote-reason-close-call = on { $issue } the text is worth about as much to it as no text: it will not take sides
vote-reason-red-line = the text crosses its red line on { $issue }
vote-reason-against = on { $issue } the text goes against its instructions
vote-reason-prefers-rival = it backs { $rival }, which serves it better, above all on { $issue }
vote-reason-wont-choose = it will not choose between this text and { $rival }
vote-reason-follows = little is at stake for it, and it votes with { $lead }
vote-reason-cross-pressured = { $lead } pulls one way and its own position on { $issue } the other
vote-reason-breaks-away = it parts from { $lead } because of { $issue }
vote-reason-as-last-year = it keeps { $lead }: this year's text has not changed enough for it to vote otherwise
vote-reason-moved-since = the text has moved a long way since { $lead }: it no longer votes as it did then, and abstains
objection-line = { $state }: { $why }
objection-red-line = on { $issue } the text crosses a red line of its government
objection-against = on { $issue } the text goes against its instructions, and no text would serve it better

## The stances command: one line per issue.
stance-line = { $issue }: ideal { $ideal }, salience { $salience }{ $red_line }. Source: { $source }
stance-red-line = , red line: { $limit }{ $camp }
stance-camp = {" "}(with the camp: { $camp })

## Live odds: AI-only runs of the rest of the session from where it stands.
odds-chance = Chance of consensus: { $chance }%
odds-with-tally = { $line } · expected vote: { $yes } in favour, { $no } against, { $abstain } abstentions
odds-computing = Chance of consensus: …
odds-updating = { $line } (updating…)
odds-explained = From { $runs } AI-only runs of the rest of the session from here: what the room would do if the AI played every seat, yours and the chair's included, with the moves already made. Positions that are only estimated, and red lines no one has declared yet, are drawn afresh in each run.
odds-explained-waiting = The chance of consensus is being worked out from AI-only runs of the rest of the session.
odds-what-if = With this wording: { $chance }% ({ $change })
odds-what-if-computing = With this wording: …
odds-what-if-explained = From { $runs } AI-only runs with this wording proposed now, against the same { $runs } runs without it: what it would do to the chance of consensus, before you propose it.
odds-no-change = no change
