# oewg-sim, français : la fenêtre.

window-title = oewg-sim : diplomatie du consensus sur la sécurité des TIC
bullet = - { $text }
numbered = { $number }. { $text }
button-back = Retour
button-close = Fermer

## Écran titre

title-name = oewg-sim
title-tagline = Diplomatie du consensus au Groupe de travail à composition non limitée des Nations Unies sur la sécurité des TIC
title-blurb = Rédigez un projet de résolution paragraphe par paragraphe ; chaque délégation répond ; au moment de la décision, le consensus ou le motif de chaque objection.
title-tutorial = Apprendre : le tutoriel, à la présidence
title-tutorial-hover = Dix délégations, six paragraphes : trouvez un libellé que chacun peut accepter, puis demandez « Y a-t-il des objections ? ».
title-new-here = Nouveau venu ? Commencez par le tutoriel : le jeu explique chaque étape au fur et à mesure.
title-new-session = Nouvelle session
title-new-session-hover = Choisissez un scénario et une délégation, ou la présidence.
title-host = Animer une classe
title-host-hover = Les étudiants rejoignent la session depuis leur navigateur sur ce réseau ; cette fenêtre devient la console de l'instructeur
new-host = Ouvrir la classe
new-host-hover = Ouvrir la classe sur ce réseau avec ce scénario ; les étudiants rejoignent depuis leur navigateur et l'IA joue chaque place que personne ne prend
title-continue = Continuer
title-back-to = Revenir à { $session }
title-resume-autosave = Reprendre la sauvegarde automatique : { $session }
title-nothing-to-continue = Aucune session à continuer pour l'instant
title-load = Charger
title-hide-saves = Masquer les sauvegardes
title-no-saves = Aucune sauvegarde pour l'instant : Ctrl+S dans une session l'enregistre.
title-unreadable = { $save } (illisible)
title-settings = Paramètres
title-quit = Quitter
title-live = { $scenario }, tour { $round } sur { $rounds }
title-save = { $scenario }, { $who }, tour { $round }, { $phase }
title-save-watching = en observation
title-save-line = { $when }  { $save }
title-load-refused = Impossible de charger la sauvegarde ; rien n'a été modifié. { $error }
title-no-tutorial = Le scénario du tutoriel est absent ou ne se charge pas.

## Nouvelle session

new-heading = Nouvelle session
new-scenario = 1. Scénario
new-start-here = commencer ici
new-card-facts = { $body } · { $year } · { $seats } délégations · { $texts ->
        [one] un texte
       *[other] { $texts } textes
    } · { $rounds } tours · à défaut de consensus : { $fallback }
new-does-not-load = ne se charge pas : { $error }
new-choose-scenario = Choisissez un scénario.
new-seed = Graine
new-seed-hover = La même graine et les mêmes actions donnent la même session. Les positions inconnues (estimations) en sont tirées.
new-role = 2. Votre place
new-several = Plusieurs personnes sur cette machine
new-several-hover = Chaque personne prend une place et joue à son tour ; entre les tours, l'écran masque les instructions de chacun (H pour passer la main).
new-chair = La présidence
new-watch = Regarder l'IA jouer
new-or-delegation = Ou une délégation :
new-search-hint = Rechercher par nom, code ou groupe (par ex. Cuba, FRA, ASEAN)
new-shown = { $shown } délégations affichées sur { $total }
new-seat-row = { $code }  { $name }
new-you-chair = Vous assurerez la présidence.
new-you-watch = L'IA jouera chaque place.
new-you-delegation = Vous serez la délégation : { $state }.
new-choose-role = Choisissez une place.
new-read-instructions = Lire vos instructions

## Instructions

instructions-watching = Observation
instructions-watching-explained = L'IA joue chaque place. Appuyez sur P pour la laisser jouer ou sur Space pour avancer pas à pas ; cliquez sur une place pour voir pourquoi la délégation se tient là où elle se tient.
instructions-how-a-session-runs = Déroulement d'une session
instructions-step-1 = Le Président présente le projet ; les délégations et les groupes exposent leur position.
instructions-step-2 = Consultations officieuses : proposez des libellés, faites pression et observez l'évolution de la salle.
instructions-step-3 = Le porte-plume publie un projet révisé ; les paragraphes contestés peuvent être placés entre crochets.
instructions-step-4 = « Y a-t-il des objections ? » Une seule objection bloque le consensus ; la solution de repli s'applique alors.
instructions-keys = Appuyez sur I pendant la session pour revoir ces instructions, sur G pour le glossaire.
instructions-take-seat = Prendre place
brief-priorities = Vos priorités, la plus importante en premier
brief-red-lines = Vos lignes rouges
brief-red-line-hover = Les lignes rouges des données fournies sont des estimations, signalées comme telles ; chacune tient avec la probabilité fixée par le scénario.
brief-no-red-lines = Aucune ligne rouge : vous pouvez accepter n'importe quel libellé, à un certain prix.
brief-success = À quoi ressemble la réussite

how-heading = Comment jouer
how-chair-1 = Cliquez sur une place rouge (X) pour voir pourquoi cette délégation s'oppose : le paragraphe, la question, la ligne rouge.
how-chair-2 = Dans le projet (à droite), ouvrez les libellés d'un paragraphe, lisez chacun en entier avec son effet sur la salle, et reformulez ; ou mettez-le entre crochets, supprimez-le, ou renvoyez-le au résumé du Président.
how-chair-3 = Les amendements proposés par les délégations sont sur la table ; Accepter en retient un.
how-chair-4 = Space lance l'étape suivante. Quand la barre indique « aucune objection », proposez l'adoption (A).
how-delegation-1 = L'inspecteur (à gauche) montre votre jugement sur le projet et ses raisons ; cliquez sur une place pour voir celui d'une autre délégation.
how-delegation-2 = Dans le projet (à droite), ouvrez les libellés d'un paragraphe et proposez-en un, proposez un nouveau paragraphe, ou rédigez-en un avec vos propres mots : le lexique du scénario le lit, et ce sont vos mots que vous présentez.
how-delegation-3 = Faites pression sur une délégation depuis sa place (les chances sont affichées d'abord), ou sur un groupe de négociation par l'intermédiaire de son coordonnateur (choisissez le groupe au-dessus de la salle). Chaque tentative coûte du capital diplomatique.
how-delegation-4 = Le Président révise le texte après chaque tour de consultations et propose l'adoption quand personne ne bloquerait. Votre attitude au moment de la décision et votre explication de position se trouvent sous chaque projet. Space lance l'étape suivante.
how-watching-1 = Space lance l'étape suivante, P laisse jouer l'IA ; cliquez sur une place pour voir pourquoi la délégation se tient là où elle se tient.

## La barre

bar-phase = Phase : { $phase }
bar-round = Tour { $round } sur { $rounds } (reste { $left })
bar-decision = Décision : consensus ; à défaut, { $fallback }
bar-you-delegation = Vous êtes la délégation : { $state }
bar-you-chair = Vous assurez la présidence (la plume)
bar-you-watch = Vous observez une partie jouée par l'IA seule
bar-capital = · capital { $capital }
bar-hand-over = Passer la main (H)
bar-hand-over-hover = La personne suivante sur cette machine prend sa place ; l'écran masque tout jusqu'à ce qu'elle soit là.
bar-ai-paused = IA en pause (Space : étape suivante, P : lancer)
bar-ai-running = IA en cours (P : pause)
bar-step-hover = Lance l'étape suivante de la session (Space).
bar-instructions = Instructions (I)
bar-glossary = Glossaire (G)
bar-save = Enregistrer (Ctrl+S)
bar-settings = Paramètres
bar-menu = Menu (Esc)
bar-debrief = Bilan (D)
bar-outcome = { $symbol } : { $outcome }
count-no-objections = Consensus : aucune objection
count-objections = Consensus : { $count ->
        [one] 1 objection
       *[other] { $count } objections
    } ({ $codes }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } autres
    })
count-for-text = { $symbol } : { $count }

step-open = Ouvrir la séance : présenter le projet (Space)
step-general-exchange = Entendre l'échange de vues général (Space)
step-suspend = Suspendre la séance pour des consultations officieuses (Space)
step-consultations = Tenir des consultations officieuses (Space)
step-resume = Reprendre la séance (Space)
step-revision = Le projet révisé (Space)
step-question = Poser la question : y a-t-il des objections ? (Space)
step-concluded = Terminé

next-press-space = appuyez sur Space pour l'étape suivante
next-ai-runs = l'IA avance au rythme choisi (P met en pause)
next-concluded = La session est terminée : appuyez sur D ou sur le bouton pour le bilan.
next-opening = Le projet est présenté et les délégations exposent leur position : { $step }.
next-adoption = Le Président demande « Y a-t-il des objections ? » : { $step }.
next-chair-no-objections = Personne ne s'oppose : proposez l'adoption (A) tant que cela dure, ou améliorez d'abord le texte.
next-chair-objections = { $count ->
        [one] Une délégation s'oppose
       *[other] { $count } délégations s'opposent
    } : cliquez sur une place rouge pour voir pourquoi, puis reformulez, mettez entre crochets ou renvoyez le paragraphe à un résumé du Président ; { $step }.
next-delegation-consultations = Consultations officieuses : proposez un libellé (projet, à droite) ou faites pression sur une délégation (cliquez sur sa place) ; { $step }.
next-delegation-revision = Le porte-plume révise le texte en pesant les amendements : { $step }.
next-watching = Partie jouée par l'IA seule : { $step }.

## Les actions en attente

pending-heading = { $count ->
        [one] Votre action en attente
       *[other] Vos { $count } actions en attente
    }
pending-withdraw = Retirer { $number }
pending-propose = Vous proposez { $proposal }.
pending-lobby = Vous faites pression sur { $state } concernant { $issue }.
pending-call = Vous proposez l'adoption.
pending-event = Vous déclenchez l'événement « { $title } ».
pending-announce = Vous dites à la salle : « { $text } »
pending-declare = Au moment de la décision, vous allez : { $stand }.
pending-assign = Une place change de main.
pending-no-longer-fits = Une modification qui ne correspond plus au texte (elle sera refusée).
pending-when-now = Pris en compte à la fin des consultations (l'étape suivante).
pending-when-consultations = Pris en compte lors des prochaines consultations officieuses.
pending-when-revision = Réponse après le projet révisé : la question est posée à ce moment-là.
pending-when-next-step = Compte à partir de l'étape suivante.

## La salle

room-heading = La salle : { $count } délégations
room-everyone = Tout le monde
room-verdict-count = { $verdict } { $count }
room-lobby-group = Faire pression sur le groupe { $group }, par l'intermédiaire de son coordonnateur, { $coordinator }, concernant
room-lobby-choose-issue = une question
room-lobby-issue = { $issue } (chances : { $odds } sur 100)
room-lobby-button = Faire pression sur le groupe { $group }
seat-hover = { $state } : { $verdict }{ $why }
seat-red-line = , ligne rouge concernant { $issue }
seat-mostly = , surtout à cause de { $issue }

## Le projet

draft-heading = { $symbol } ({ $label })
draft-label-rev = Rev.{ $revision }
draft-label-named-rev = { $draft }, Rev.{ $revision }
draft-label-tabled = tel que présenté
draft-call-for-adoption = Proposer l'adoption
draft-call-for-adoption-hover = Le Président demande « Y a-t-il des objections ? ». Une seule objection bloque le consensus ; la solution de repli de l'organe s'applique alors. Un texte entre crochets ne peut être adopté.
draft-amendments = Amendements sur la table ({ $count })
draft-accept-amendment = Accepter l'amendement { $number }
draft-accept-when = Les amendements acceptés entrent dans le texte lors des prochaines consultations officieuses.
amendment-by = { $state } — proposition : { $proposal }
draft-own-words = dans les propres termes de l'auteur
draft-own-words-hover = Une délégation a rédigé ce paragraphe ; la salle le lit comme le libellé de l'échelle affiché à l'ouverture de ses libellés.
draft-bracketed = entre crochets
draft-you = vous : { $verdict }
draft-you-red-line = vous : ligne rouge franchie
draft-you-hover = Ce que ce paragraphe, à lui seul, fait à votre délégation.
draft-open-wordings = Libellés du paragraphe { $number }
draft-close-wordings = Fermer les libellés
draft-ladder-explained = Tous les libellés possibles pour ce paragraphe, du plus fort au plus faible, et l'effet de chacun : votre jugement sur l'ensemble du texte, et le nombre de délégations qui s'y opposeraient.
draft-ladder-current = dans le texte actuel
draft-ladder-agreed = libellé convenu
draft-preview-you = vous : { $verdict }
draft-preview-objectors = objections prévues : { $count }
draft-propose-for = Proposer pour le paragraphe { $number }
draft-reword = Reformuler le paragraphe { $number }
draft-ask-bracket = Demander la mise entre crochets du paragraphe { $number }
draft-propose-delete = Proposer la suppression du paragraphe { $number }
draft-bracket = Mettre le paragraphe { $number } entre crochets
draft-unbracket = Supprimer les crochets du paragraphe { $number }
draft-delete = Supprimer le paragraphe { $number }
draft-to-summary = Au résumé du Président : paragraphe { $number }
draft-add-paragraph = Ajouter un paragraphe
draft-choose-issue = Choisir une question
draft-propose-paragraph = Proposer ce paragraphe
draft-insert-paragraph = Insérer ce paragraphe

stand-heading = Votre attitude au moment de la décision
stand-explained = Ce que vous ferez quand le Président demandera « Y a-t-il des objections ? ». Selon les instructions : ne vous opposer que si votre jugement est « s'oppose » et si bloquer vaut ce que cela coûte.
stand-as-instructed = selon les instructions
stand-object = s'opposer
stand-join = se joindre au consensus
stand-explanation = Votre explication de position (lue après la décision) :
stand-explanation-hint = par ex. Nous nous joignons au consensus, mais regrettons que le texte ne mentionne pas le droit international humanitaire.
stand-tell-the-chair = En informer le Président

free-heading = Rédiger un paragraphe avec vos propres mots
free-hint = par ex. Décide d'entamer des négociations sur un instrument juridiquement contraignant
free-explained = Le lexique du scénario le lit comme l'une des questions et le libellé le plus proche sur son échelle : c'est ainsi que la salle le comprend. Ce sont vos mots que vous présentez.
free-read-as = La salle le lit comme : { $issue } (repéré : { $found })
free-also = Également mentionné : { $issues }
free-not-recognised = Aucune question reconnue : aucun des termes du scénario (« juridiquement contraignant », « droit international humanitaire », « sécurité de l'information », « multipartite »...) ne figure dans le texte. Choisissez la question ci-dessous.
free-issue = Question
free-strength = Force que la salle lui attribue :
free-propose-as = Proposer comme paragraphe { $number }
free-propose-new = Proposer comme nouveau paragraphe
free-put-in = Placer au paragraphe { $number }
free-insert-new = Insérer comme nouveau paragraphe

## L'inspecteur

inspector-heading = { $state } ({ $code })
inspector-groups = { $region } ; { $groups }
inspector-empty = Cliquez sur une place pour voir le jugement de cette délégation, ses raisons et ses positions.
inspector-capital = Votre capital diplomatique : { $capital } (une tentative coûte { $cost })
inspector-stances = Positions
inspector-salience = importance { $salience }
inspector-red-line = ligne rouge
inspector-lobby = Faire pression sur ce point (chances : { $odds } sur 100)
inspector-lobby-hover = Chaque tentative coûte du capital diplomatique ; si elle réussit, la position de la délégation se rapproche du texte. Plus la question compte pour elle, plus les chances sont faibles.
inspector-statements = Ce qu'elle a dit
stance-position = souhaite { $wants } ; le texte : { $text }
reason-red-line = { $paragraph } : franchit sa ligne rouge ({ $limit })
reason-distance = { $paragraph } { $direction ->
        [too-far] va plus loin que souhaité
       *[not-far-enough] ne va pas aussi loin que souhaité
    }

## Journal et graphiques

log-heading = Déclarations et événements
chart-support-heading = Le soutien au fil des tours
chart-forecast-heading = Prévision : le texte face au compromis et au point de Nash
chart-forecast-explained = Compromis : la moyenne des positions de toutes les délégations, pondérée par l'importance et l'influence. Nash : le point qui maximise le produit des gains de chaque délégation par rapport à l'absence d'accord. Loin des deux, le texte rencontrera des résistances.
chart-after-round = décompte après le tour
chart-position-axis = position (0 la plus faible, 100 la plus forte)
chart-text = texte
chart-compromise = compromis
chart-nash = point de Nash

tab-room = La salle
tab-draft = Le projet
tab-delegation = Délégation
tab-log = Déclarations
tab-charts = Graphiques

## Fenêtres au-dessus de la session

window-instructions = Les instructions de votre capitale
window-glossary = Glossaire de procédure
window-adoption = Y a-t-il des objections ?
adoption-no-objection = Aucune objection n'est formulée.
adoption-so-decided = Il en est ainsi décidé. (Coup de marteau.)
adoption-objections = { $count ->
        [one] Une délégation s'oppose :
       *[other] { $count } délégations s'opposent :
    }
adoption-blocked = Le consensus est bloqué.
adoption-summary = { $count ->
        [one] Un paragraphe a été renvoyé
       *[other] { $count } paragraphes ont été renvoyés
    } au résumé du Président, sous la propre responsabilité du Président.
adoption-explanations = Explications de position
adoption-outcome = Résultat : { $outcome }
adoption-roll-call = L'appel nominal
adoption-to-debrief = Aller au bilan (D)
adoption-stay = Rester dans la salle

handover-heading = Passer la main : { $who }
handover-delegation = la délégation { $state }
handover-chair = la présidence
handover-explained = Tout est masqué jusqu'à ce que la personne suivante soit devant l'écran, afin que personne ne voie les instructions d'une autre place.
handover-i-am = C'est moi, { $who } : afficher ma place

## Bilan

debrief-heading = Bilan : { $title }
debrief-outcome = { $symbol } : { $outcome }, à la fin du tour { $round } sur { $rounds }
debrief-undecided = { $symbol } : pas de décision
debrief-back = Retour à la salle
debrief-export = Exporter le compte rendu
debrief-export-hover = Un fichier texte contenant chaque déclaration et ce bilan, pour l'évaluation.
debrief-title-screen = Écran titre
debrief-role-delegation = Vous avez représenté { $state } ; au moment de la décision, vous avez { $stand }.
debrief-stand-instructed = suivi vos instructions
debrief-stand-object = annoncé votre opposition
debrief-stand-join = annoncé que vous vous joindriez au consensus
debrief-role-chair = Vous avez assuré la présidence.
debrief-role-watched = Vous avez observé une partie jouée par l'IA seule.
debrief-against-instructions = Au regard de vos instructions
debrief-met = atteint
debrief-missed = manqué
debrief-at-the-gavel = Au moment de la décision
debrief-drafts = Les projets, de l'ouverture à la décision
debrief-never-changed = Le texte n'a jamais été modifié.
debrief-opening-draft = Projet initial
debrief-rev = { $label }
debrief-at-gavel = Au moment de la décision
debrief-changes = { $label } : { $count ->
        [one] une modification
       *[other] { $count } modifications
    }
debrief-final-text = Le texte final
debrief-history = Ce qui s'est passé dans l'histoire
debrief-sources = Sources : { $sources }
debrief-beside-heading = Votre texte à côté de celui adopté dans l'histoire
debrief-beside = { $issue } : { $same ->
        [yes] comme dans l'histoire, { $history }
       *[no] votre texte : { $yours } ; dans l'histoire : { $history }
    }{ $estimate ->
        [yes] {" "}(la position historique est une estimation : { $source })
       *[no] {" "}({ $source })
    }
debrief-place-text = « { $wording } »
debrief-place-summary = dans le résumé du Président
debrief-place-absent = absent du texte

export-heading = { $title }, graine { $seed }
export-debrief = == Bilan : { $title }
export-met = [atteint] { $text }
export-missed = [non atteint] { $text }
export-objected = Objection : { $text }
export-roll-call = { $state } : { $vote } ({ $reason })
export-draft = { $label } :
export-change = {"  "}- { $text }
export-final-text = Texte final :
export-history = Histoire : { $text }

## Notifications

notice-saved = Enregistré dans { $path }
notice-save-failed = Impossible d'enregistrer : { $error }
notice-autosave-failed = Impossible d'écrire la sauvegarde automatique : { $error }
notice-exported = Compte rendu exporté dans { $path }
notice-export-failed = Impossible d'exporter le compte rendu : { $error }
notice-screenshot = Capture d'écran : { $path }
notice-screenshot-failed = Impossible d'enregistrer une capture d'écran : { $error }
notice-refused = Non effectué : { $reason }

## Paramètres

settings-heading = Paramètres
settings-language = Langue
settings-language-hover = La langue de la fenêtre et des exports. L'option --lang de la ligne de commande la remplace le temps d'une exécution ; tant que vous n'en avez pas choisi une, le jeu suit la langue de votre système.
settings-scale = Échelle de l'interface
settings-scale-hover = Plus grande pour un projecteur, plus petite pour un petit écran. Seules les échelles qui laissent à cette fenêtre la place de fonctionner sont proposées.
settings-percent = { $percent } %
settings-scale-current = actuellement { $percent } % (trop grande pour cette fenêtre)
settings-colours = Couleurs
settings-colours-hover = Les places portent aussi une lettre et une forme, pour que personne ne dépende de la couleur.
settings-swatches = Échantillons de couleurs
settings-pace = Vitesse des tours de l'IA
settings-pace-hover = Secondes entre deux étapes de l'IA quand elle joue (P).
settings-pace-unit = s par étape
settings-theme = Thème
settings-dark = Sombre
settings-light = Clair
settings-shortcuts = Raccourcis clavier
settings-not-saved = Impossible d'enregistrer les paramètres : { $error }
palette-standard = Standard
palette-colour-blind = Adaptée au daltonisme (Okabe-Ito)
palette-high-contrast = Contraste élevé
key-space = étape suivante de l'IA (consultations officieuses, révision, adoption)
    .key = Space
key-p = mettre en pause ou laisser l'IA jouer au rythme choisi
    .key = P
key-a = présidence : proposer l'adoption (« Y a-t-il des objections ? »)
    .key = A
key-i = afficher ou masquer les instructions de votre capitale
    .key = I
key-g = afficher ou masquer le glossaire de procédure
    .key = G
key-ctrl-s = enregistrer la session
    .key = Ctrl+S
key-d = après la décision : le bilan
    .key = D
key-h = plusieurs personnes sur une machine : passer la main à la suivante
    .key = H
key-f12 = enregistrer une capture d'écran de la fenêtre
    .key = F12
key-esc = fermer une fenêtre ; depuis la session, l'écran titre
    .key = Esc

## Le glossaire

term-consensus = Consensus
    .explained = Une décision prise sans vote : le Président demande « Y a-t-il des objections ? » et, si aucune n'est formulée, abat le marteau. Une seule objection suffit à la bloquer.
term-chairs-text = Texte du Président
    .explained = Le projet que le Président (le porte-plume) présente et révise. Les délégations proposent des amendements ; seul le porte-plume modifie le texte.
term-penholder = Porte-plume
    .explained = Celui qui tient la plume sur un texte : le Président dans un groupe de travail ou un groupe d'experts ; l'auteur principal pour une résolution de la Première Commission.
term-general-exchange = Échange de vues général
    .explained = Chaque délégation, ou un groupe s'exprimant au nom de ses membres, expose sa position sur le projet.
term-consultations = Consultations officieuses
    .explained = Négociation en dehors de la séance officielle : des amendements sont proposés, les délégations font pression les unes sur les autres, les groupes resserrent les rangs.
term-revision = Projet révisé (Rev.)
    .explained = Après les consultations, le porte-plume publie une révision (Rev.1, Rev.2...) qui tente de répondre aux objections.
term-brackets = Crochets
    .explained = Les mots placés entre [crochets] ne sont pas convenus. Rien n'est convenu tant que tout n'est pas convenu : un texte n'est pas adopté s'il contient des crochets.
term-agreed-language = Libellé convenu
    .explained = Un libellé déjà adopté par consensus, dans un rapport ou une résolution antérieurs. Les délégations l'acceptent plus facilement : il a déjà été accepté, donc un écart par rapport à lui pèse moins.
term-chairs-summary = Résumé du Président
    .explained = Un résumé publié sous la propre responsabilité du Président. Ce qui n'a pu être convenu y figure : consigné, mais sans être un texte convenu. Le Groupe de travail à composition non limitée s'est conclu ainsi en 2021.
term-red-line = Ligne rouge
    .explained = Ce qu'une capitale ordonne à sa délégation de ne jamais accepter. Franchir une ligne rouge pousse une délégation à s'opposer, quel que soit le reste du texte.
term-salience = Importance
    .explained = Le poids d'une question pour une délégation : un petit déplacement sur une question importante pèse plus qu'un grand déplacement sur une question secondaire.
term-explanation-of-position = Explication de position
    .explained = Une déclaration après la décision : une délégation qui s'est jointe au consensus dit ce qu'elle n'a pas pu appuyer et s'en dissocie.
term-diplomatic-capital = Capital diplomatique
    .explained = Ce que les démarches consomment : chaque tentative pour faire bouger une autre délégation coûte du capital, et il s'épuise.
term-recorded-vote = Vote enregistré
    .explained = À l'Assemblée générale et à sa Première Commission, un texte sans consensus est mis aux voix ; le vote de chaque État est consigné.
term-negotiating-group = Groupe de négociation
    .explained = Des délégations qui négocient ensemble (l'Union européenne, le Mouvement des pays non alignés, le Groupe des États d'Afrique, le Groupe des États arabes, l'ASEAN) : une seule parle au nom de toutes, et les membres se rapprochent de la position du groupe.
term-isolation = Isolement
    .explained = Bloquer seul coûte cher, moins en compagnie : un opposant isolé se joint souvent au consensus et explique plutôt sa position.
