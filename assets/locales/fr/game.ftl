# oewg-sim, français : ce qui est dit dans la salle, le compte rendu et les exports.
# Les variables sont entre { $nom }. Les noms issus des données (États, questions, libellés, groupes) arrivent
# en variables ; une traduction peut aussi les remplacer par des clés construites sur leurs identifiants :
# state-CUB, issue-binding_instrument, wording-binding_instrument-0, group-EU, body-oewg,
# scenario-oewg_2019-title, scenario-oewg_2019-text-0.

## Noms des choses que le modèle connaît

language-name = Français

verdict-supports = soutient
    .letter = S
verdict-can-live-with = peut l'accepter
    .letter = A
verdict-reservations = a des réserves
    .letter = R
verdict-objects = s'oppose
    .letter = X

outcome-consensus = adopté par consensus
outcome-consensus-with-chair-summary = adopté par consensus, avec un résumé du Président publié sous la propre responsabilité du Président
outcome-no-consensus = pas de consensus
outcome-adopted-by-vote = adopté par vote enregistré
outcome-rejected-by-vote = rejeté par vote enregistré

phase-opening = Ouverture
phase-general-exchange = Échange de vues général
phase-consultations = Consultations officieuses
phase-revision = Projet révisé
phase-adoption = Adoption
phase-concluded = Terminé

fallback-no-report = pas de rapport
fallback-chair-summary = un résumé du Président
fallback-recorded-vote = un vote enregistré

region-african = Groupe des États d'Afrique
region-asia-pacific = Groupe des États d'Asie et du Pacifique
region-eastern-european = Groupe des États d'Europe orientale
region-grulac = Groupe des États d'Amérique latine et des Caraïbes
region-weog = Groupe des États d'Europe occidentale et autres États

source-sponsorship = coparrainage : { $roster }{ $date }
source-statement = déclaration : { $document }{ $symbol }, { $date } : { $says }
source-group = position du groupe : { $document }{ $symbol }, { $date } : { $says }
source-symbol = {" "}({ $symbol })
source-dated = , { $date }
source-estimate = estimation : { $text }
source-vote = vote enregistré sur { $roll_call }{ $meeting }, { $date } : { $vote ->
        [yes] vote pour
        [no] vote contre
       *[abstain] abstention
    }

issue-numbered = { $item } { $title }
list-and = { $init } et { $last }
quoted = « { $text } »
seat-chair = la présidence

## Qui parle

speaker-chair = Président
speaker-instructor = Instructeur
speaker-for-group = { $state }, au nom du groupe { $group }
subject-group = Le groupe
subject-chair = Le Président
subject-delegation = La délégation représentant { $state }
subject-expert = L'expert désigné par { $state }
speaker-expert = { $state } (expert)

statement-line = [{ $round }] { $speaker } : { $says }

## Ce qui est dit

paragraph-ref = le paragraphe { $number } ({ $issue })
paragraph-ref-title = Paragraphe { $number } ({ $issue })
paragraph-absent = l'absence de paragraphe concernant { $issue }

limit-nothing-stronger = rien de plus fort que « { $wording } » n'est acceptable
limit-at-least = il faut que le texte dise au moins « { $wording } »
limit-no-paragraph = aucun paragraphe sur cette question n'est acceptable
limit-beyond-every-wording = aucun libellé sur la table ne va assez loin à ses yeux

says-tables = Ouverture des travaux : { $body }. Le projet « { $title } » ({ $symbol }) est présenté ; il compte { $paragraphs } paragraphes. Les décisions sont prises par consensus.
says-tables-draft = Le Président présente le projet « { $title } » ({ $symbol }), qui compte { $paragraphs } paragraphes.
says-on-behalf = Au nom du groupe { $group } : { $statement }

position-red-line = { $who } ne peut accepter { $paragraph } : { $limit }. Un texte en l'état n'obtiendrait pas son adhésion au consensus.
position-objects = { $who } ne peut appuyer le projet sous sa forme actuelle : { $paragraph } { $direction ->
        [too-far] va trop loin
       *[not-far-enough] ne va pas assez loin
    }, et l'absence de tout résultat lui conviendrait mieux que ce texte.
position-reservations = { $who } émet des réserves : { $paragraph } { $direction ->
        [too-far] va trop loin
       *[not-far-enough] ne va pas assez loin
    }. Le Président est prié d'y revenir.
position-can-live-with = { $who } peut accepter le projet, bien que { $paragraph } { $direction ->
        [too-far] aille plus loin que souhaité
       *[not-far-enough] n'aille pas aussi loin que souhaité
    }.
position-supports = { $who } appuie le projet et remercie le Président pour ce texte équilibré.

says-proposes = propose { $proposal }.
propose-reword = la modification du paragraphe { $number } ({ $issue }) comme suit : « { $wording } »
propose-insert = un nouveau paragraphe concernant { $issue } : « { $wording } »
propose-bracket = la mise entre crochets du paragraphe { $number } ({ $issue })
propose-unbracket = la suppression des crochets entourant le paragraphe { $number } ({ $issue })
propose-delete = la suppression du paragraphe { $number } ({ $issue })
propose-to-summary = le renvoi du paragraphe { $number } ({ $issue }) au résumé du Président

edit-reword = Le paragraphe { $number } ({ $issue }) se lit désormais comme suit : « { $wording } »
edit-insert = Un nouveau paragraphe concernant { $issue } : « { $wording } »
edit-bracket = Le paragraphe { $number } ({ $issue }) est placé entre crochets.
edit-unbracket = Les crochets entourant le paragraphe { $number } ({ $issue }) sont supprimés.
edit-delete = Le paragraphe { $number } ({ $issue }) est supprimé.
edit-to-summary = Le paragraphe { $number } ({ $issue }) est renvoyé au résumé du Président.

lobby-through-group = le groupe { $group } par l'intermédiaire de son coordonnateur, { $coordinator }
says-lobbies-moved = fait pression sur { $whom } concernant { $issue } : sa position se rapproche du texte.
says-lobbies-for-change = fait pression sur { $whom } pour modifier le texte concernant { $issue } : sa position se rapproche de celle de l'auteur de la démarche.
says-lobbies-failed = fait pression sur { $whom } concernant { $issue }, sans résultat : les chances étaient de { $odds } sur 100, et la position tenue par { $target } reste inchangée.
says-lobbies-no-capital = n'a plus de capital diplomatique pour faire pression sur { $whom }.

says-revises = Rev.{ $revision } du document { $symbol }. { $changes }
says-revises-named = Rev.{ $revision } de la version « { $draft } ». { $changes }
says-new-draft = La version « { $draft } » modifie le texte. { $changes }
says-brackets = Le Président met entre crochets ce qui reste contesté. { $changes }
says-clears-brackets = Avant la décision, le Président propose un ensemble de compromis pour lever les crochets. { $changes }
edit-with-why = { $edit } ({ $why }).
why-took-up = reprenant l'amendement présenté par { $who }
why-took-up-group = reprenant l'amendement du groupe { $group }, présenté par { $who }
why-favoured = { $count ->
        [one] une délégation y est favorable
       *[other] { $count } délégations y sont favorables
    }
why-meets = { $more ->
        [0] il répond à l'objection formulée par { $who }
       *[other] il répond aux objections formulées par { $who } et { $more } autres
    }
why-package = dans un ensemble avec le paragraphe { $number }
says-organizes = Session d'organisation : { $body }. L'organe adopte son ordre du jour et son programme de travail, et prendra ses décisions par consensus.
says-priority = { $who } souhaite que le document final dise, concernant { $issue } : « { $wording } »{ $insists ->
        [yes] {" "}C'est une ligne rouge pour son gouvernement.
       *[no] {""}
    }
says-warns = { $who } prévient qu'il ne lui sera pas possible de se joindre au consensus sur { $symbol } si le texte concernant { $issue } n'est pas modifié{ $red_line ->
        [yes] : il franchit une ligne rouge de son gouvernement
       *[no] {""}
    } ; la mise entre crochets du paragraphe est demandée.
says-gives-way = { $who } n'insistera pas davantage sur son amendement concernant { $issue } : { $reason ->
        [compromise] par esprit de compromis
        [isolated] peu de délégations partagent son point de vue
       *[group] son groupe ne le partage pas
    }.
says-question = Le Président propose d'adopter { $symbol } par consensus. Y a-t-il des objections ?
says-to-summary = Des objections sont formulées. Le Président renvoie { $count ->
        [one] le paragraphe { $paragraphs }
       *[other] les paragraphes { $paragraphs }
    } à un résumé du Président, publié sous sa propre responsabilité, et demande de nouveau : y a-t-il des objections ?
says-objects-red-line = { $who } s'oppose : concernant { $issue }, le texte franchit une ligne rouge de son gouvernement.
says-objects = { $who } s'oppose : concernant { $issue }, le texte va à l'encontre de ses instructions, et mieux vaut à ses yeux aucun résultat que ce texte.
says-dissociates = { $who } ne fera pas obstacle au consensus, mais se dissocie du texte concernant { $issue }.
says-explains-in-own-words = Au titre des explications de position : « { $words } »
says-declares-object = { $who } informe le Président qu'il ne lui sera pas possible de se joindre au consensus sur { $symbol }.
says-declares-join = { $who } informe le Président qu'aucun obstacle ne sera opposé de sa part au consensus sur { $symbol }.
says-outcome = Résultat concernant { $symbol } : { $outcome }.
says-consultations-resume = Des objections sont formulées. Le Président suspend la séance : les consultations officieuses sur { $symbol } reprennent.
says-requests-vote = { $who } demande un vote enregistré sur { $symbol }.
says-explains-vote = { $who } { $vote ->
    [yes] a voté pour
    [no] a voté contre
   *[abstain] a choisi l'abstention
} : { $reason }.
says-aligns = { $who } s'associe à la déclaration faite par { $lead }.
says-named-draft = { $session } : le Président présente la version « { $draft } » de { $symbol }.
says-summary-records = Le Président fera figurer dans le résumé du Président, sous sa propre responsabilité, { $count ->
    [one] une proposition que de nombreuses délégations ont appuyée mais qui n'a pu faire l'objet d'un accord
   *[other] { $count } propositions que de nombreuses délégations ont appuyées mais qui n'ont pu faire l'objet d'un accord
} : { $items }.
summary-item = concernant { $issue }, « { $wording } »
cue-group = le groupe { $group }
cue-prior-vote = son propre vote sur { $roll_call } ({ $date })
tally = Vote enregistré : { $yes } voix pour, { $no } voix contre et { $abstain } abstentions.
says-seat-to-person = L'instructeur confie à une personne la place tenue par { $seat }.
says-seat-to-ai = L'instructeur confie à l'IA la place tenue par { $seat }.
says-event = Un événement parvient aux délégations concernées : { $title }.
says-announcement = À la salle : « { $text } »

final-text = { $number }. { $text }
final-bracketed = { $number }. [{ $text }]
final-summary = { $number }. (résumé du Président) { $text }
final-deleted = { $number }. (supprimé) { $text }

## Le compte rendu

transcript-heading = == { $heading }
transcript-count = décompte { $symbol } après le tour { $round } : soutien { $supports }, acceptation { $live }, réserves { $reservations }, opposition { $objects }
transcript-final = Le texte du document { $symbol } au moment de la décision :

## Pourquoi une action est refusée

edit-error-no-paragraph = Il n'y a pas de paragraphe { $number }.
edit-error-not-in-text = Le paragraphe { $number } ne figure plus dans le texte.
edit-error-no-rung = Ce libellé ne figure pas sur l'échelle de la question.
edit-error-not-available = Ce libellé n'existait pas encore au moment de cette négociation, ou cet organe ne pouvait pas l'adopter.
edit-error-issue-covered = Le paragraphe { $number } traite déjà de cette question : modifiez-le plutôt.
edit-error-no-issue = Cette question n'existe pas.
edit-error-not-bracketed = Le paragraphe { $number } n'est pas entre crochets.
edit-error-already-bracketed = Le paragraphe { $number } est déjà entre crochets.
edit-error-no-summary = Cet organe n'a pas de résumé du Président.

refused-session-over = La session est terminée.
refused-not-in-this-session = Le calendrier ne prévoit pas encore de décision : la question pourra être posée au cours de la session « { $session } ».
refused-no-draft-yet = Il n'y a pas encore de projet à modifier : le Président le présentera au cours de la session « { $session } ».
refused-not-your-seat = Ce n'est pas votre place.
refused-penholder-only = Seul le porte-plume de ce texte peut le faire.
refused-delegation-only = Seule une délégation peut le faire.
refused-instructor-only = Seul l'instructeur peut le faire.
refused-no-delegation = Cette délégation n'existe pas.
refused-no-issue = Cette question n'existe pas.
refused-no-group = Ce groupe n'est pas présent à la table.
refused-not-negotiating = Le groupe { $group } ne négocie pas en tant que groupe ici.
refused-no-text = Ce texte n'existe pas.
refused-no-event = Il n'y a pas d'événement numéro { $index } dans ce scénario.
refused-lobbying-yourself = Une délégation ne peut pas faire pression sur elle-même.
refused-no-capital = Capital diplomatique insuffisant : il en reste { $left }, il en faut { $needed } compte tenu des démarches déjà en attente.
refused-duplicate = La même action est déjà en attente.
refused-too-long = Trop long : { $max } caractères au maximum.
refused-not-yours = Seul l'auteur d'une action peut la retirer.
refused-no-such-move = Cette action n'est plus en attente.

## Les instructions de la capitale

brief-to = Instructions à la délégation représentant { $state }
brief-to-chair = Instructions au Président
brief-push-for = défendre « { $wording } »
brief-push-for-nothing = tenir tout paragraphe sur ce sujet hors du texte
brief-priority = { $issue } (importance { $salience }) : { $push }
brief-priority-hover = Votre position : { $position } sur une échelle de 0 (le silence ou le libellé le plus faible) à 100 (le plus fort).
    Source : { $source }{ $estimate ->
        [yes] {"\u000A"}Une estimation, pas une position documentée.
       *[no] {""}
    }
brief-red-line = { $issue } : s'opposer si le texte va plus loin que ce que votre gouvernement autorise : { $order }.
success-adopted = Le texte est adopté et ne franchit aucune de vos lignes rouges.
success-priorities = Pour chaque priorité, le texte adopté se rapproche de votre position (à { $within } points près sur l'échelle de la question) : plus il est proche, mieux c'est.
success-goodwill = Vous conservez la bienveillance de la salle : s'opposer seul coûte cher, ne bloquez donc que sur une ligne rouge.
success-chair-consensus = Un texte adopté par consensus : quand vous demandez « Y a-t-il des objections ? », personne ne s'y oppose.
success-chair-keep = Conserver autant du texte que la salle le permet : n'affaiblir, ne mettre entre crochets ou ne renvoyer au résumé du Président que ce qui bloque.
success-chair-fallback = À défaut de consensus, solution de repli : { $fallback }.
success-chair-time = Temps : { $rounds } tours de consultations officieuses.

## Les critères du bilan

mark-outcome = Résultat : { $outcome }.
mark-undecided = La session ne s'est pas conclue.
mark-red-line-held = Ligne rouge concernant { $issue } : respectée.
mark-red-line-crossed = Ligne rouge concernant { $issue } : franchie par le texte final.
mark-priority = Priorité { $issue } : le texte dit { $now } ; vous vouliez { $wanted }.
mark-no-paragraph = rien à ce sujet
mark-verdict = Votre jugement sur le texte final : { $verdict }.
mark-chair-outcome = Résultat : { $outcome } au tour { $round } sur { $rounds }.
mark-kept = Paragraphes du texte initial adoptés comme texte convenu : { $kept } sur { $opened } ; dans le résumé du Président : { $summary }.
mark-kept-not-adopted = Le texte n'a pas été adopté, donc rien n'en est convenu ({ $kept } des { $opened } paragraphes figuraient encore dans le texte à la fin ; { $summary } dans le résumé du Président).

change-added = { $paragraph } ajouté : « { $wording } »
change-weakened = { $paragraph } affaibli : « { $wording } »
change-strengthened = { $paragraph } renforcé : « { $wording } »
change-agreed = { $paragraph } convenu (crochets supprimés)
change-bracketed = { $paragraph } placé entre crochets
change-to-summary = { $paragraph } renvoyé au résumé du Président
change-summarised = Le résumé du Président consigne une proposition concernant { $issue } : « { $wording } »
change-deleted = { $paragraph } supprimé

## Votes et objections

vote-yes = pour
vote-no = contre
vote-abstain = abstention
vote-reason-sponsor = figure parmi les auteurs du texte
vote-reason-declared = comme sa délégation l'a annoncé
vote-reason-content = peut accepter le texte
vote-reason-reservations = réserves concernant { $issue }
vote-reason-close-call = concernant { $issue }, le texte ne vaut guère mieux à ses yeux que l'absence de texte : pas de prise de parti
vote-reason-red-line = le texte franchit sa ligne rouge concernant { $issue }
vote-reason-against = concernant { $issue }, le texte va à l'encontre de ses instructions
vote-reason-prefers-rival = appuie { $rival }, qui lui convient mieux, surtout concernant { $issue }
vote-reason-wont-choose = refuse de choisir entre ce texte et { $rival }
vote-reason-follows = l'enjeu est faible : alignement sur { $lead }
vote-reason-cross-pressured = tiraillement entre l'influence exercée par { $lead } et sa propre position concernant { $issue }
vote-reason-breaks-away = se démarque de la ligne suivie par { $lead } sur la question { $issue }
vote-reason-as-last-year = maintient { $lead } : le texte de cette année n'a pas assez changé pour justifier un autre vote
vote-reason-moved-since = le texte a beaucoup évolué depuis { $lead } : abstention plutôt que le même vote
objection-line = { $state } : { $why }
objection-red-line = concernant { $issue }, le texte franchit une ligne rouge de son gouvernement
objection-against = concernant { $issue }, le texte va à l'encontre de ses instructions, et l'absence de texte lui conviendrait mieux

## La commande stances : une ligne par question.
stance-line = { $issue } : idéal { $ideal }, importance { $salience }{ $red_line }. Source : { $source }
stance-red-line = , ligne rouge : { $limit }{ $camp }
stance-camp = {" "}(avec le camp : { $camp })

## Live odds: AI-only runs of the rest of the session from where it stands.
odds-chance = Chances de consensus : { $chance } %
odds-with-tally = { $line } · vote attendu : { $yes } voix pour, { $no } voix contre et { $abstain } abstentions
odds-computing = Chances de consensus : …
odds-updating = { $line } (mise à jour…)
odds-explained = Sur { $runs } parties jouées par l'IA seule pour le reste de la session à partir d'ici : ce que ferait la salle si l'IA tenait tous les sièges, le vôtre et celui du Président compris, avec les propositions déjà faites. Les positions seulement estimées, et les lignes rouges que personne n'a encore déclarées, sont tirées à nouveau à chaque partie.
odds-explained-waiting = Les chances de consensus sont en cours de calcul à partir de parties jouées par l'IA seule pour le reste de la session.
odds-what-if = Avec ce libellé : { $chance } % ({ $change })
odds-what-if-computing = Avec ce libellé : …
odds-what-if-explained = Sur { $runs } parties jouées par l'IA seule avec ce libellé proposé maintenant, comparées aux mêmes { $runs } parties sans lui : ce qu'il changerait aux chances de consensus, avant que vous ne le proposiez.
odds-no-change = inchangé
