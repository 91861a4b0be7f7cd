# oewg-sim, español: lo que se dice en la sala, el registro y las exportaciones.
# Las variables van entre { $nombre }. Los nombres que vienen de los datos (Estados, cuestiones, formulaciones,
# grupos) llegan como variables; una traducción también puede sustituirlos con claves construidas a partir de
# sus identificadores: state-CUB, issue-binding_instrument, wording-binding_instrument-0, group-EU, body-oewg,
# scenario-oewg_2019-title, scenario-oewg_2019-text-0.

## Nombres de las cosas que conoce el modelo

language-name = Español

verdict-supports = apoya
    .letter = A
verdict-can-live-with = puede transigir
    .letter = T
verdict-reservations = tiene reservas
    .letter = R
verdict-objects = se opone
    .letter = X

outcome-consensus = aprobado por consenso
outcome-consensus-with-chair-summary = aprobado por consenso, con un resumen de la Presidencia publicado bajo la responsabilidad exclusiva de la Presidencia
outcome-no-consensus = sin consenso
outcome-adopted-by-vote = aprobado en votación registrada
outcome-rejected-by-vote = rechazado en votación registrada

phase-opening = Apertura
phase-general-exchange = Intercambio general de opiniones
phase-consultations = Consultas oficiosas
phase-revision = Proyecto revisado
phase-adoption = Aprobación
phase-concluded = Concluido

fallback-no-report = ningún informe
fallback-chair-summary = un resumen de la Presidencia
fallback-recorded-vote = una votación registrada

region-african = Grupo de los Estados de África
region-asia-pacific = Grupo de los Estados de Asia y el Pacífico
region-eastern-european = Grupo de los Estados de Europa Oriental
region-grulac = Grupo de los Estados de América Latina y el Caribe
region-weog = Grupo de los Estados de Europa Occidental y otros Estados

source-sponsorship = patrocinio: { $roster }{ $date }
source-statement = declaración: { $document }{ $symbol }, { $date }: { $says }
source-group = posición del grupo: { $document }{ $symbol }, { $date }: { $says }
source-symbol = {" "}({ $symbol })
source-dated = , { $date }
source-estimate = estimación: { $text }
source-vote = votación registrada sobre { $roll_call }{ $meeting }, { $date }: { $vote ->
        [yes] votó a favor
        [no] votó en contra
       *[abstain] se abstuvo
    }

issue-numbered = { $item } { $title }
list-and = { $init } y { $last }
quoted = “{ $text }”
seat-chair = la Presidencia

## Quién habla

speaker-chair = Presidencia
speaker-instructor = Instructor
speaker-for-group = { $state }, en nombre del grupo { $group }
subject-group = El grupo
subject-chair = La Presidencia
subject-delegation = La delegación enviada por { $state }
subject-expert = El experto designado por { $state }
speaker-expert = { $state } (experto)

statement-line = [{ $round }] { $speaker }: { $says }

## Lo que se dice

paragraph-ref = el párrafo { $number } ({ $issue })
paragraph-ref-title = Párrafo { $number } ({ $issue })
paragraph-absent = la ausencia de un párrafo sobre { $issue }

limit-nothing-stronger = no puede aceptar nada más firme que “{ $wording }”
limit-at-least = necesita que el texto diga al menos “{ $wording }”
limit-no-paragraph = no puede aceptar ningún párrafo sobre esta cuestión
limit-beyond-every-wording = ninguna formulación sobre la mesa llega lo bastante lejos para ella

says-tables = Se abren los trabajos: { $body }. Se presenta el proyecto “{ $title }” ({ $symbol }), con { $paragraphs } párrafos; las decisiones se adoptan por consenso.
says-tables-draft = La Presidencia presenta el proyecto “{ $title }” ({ $symbol }), con { $paragraphs } párrafos.
says-on-behalf = En nombre del grupo { $group }: { $statement }

position-red-line = { $who } no puede aceptar { $paragraph }: { $limit }. No se sumará al consenso sobre un texto que lo contenga.
position-objects = { $who } no puede apoyar el proyecto en su forma actual: { $paragraph } { $direction ->
        [too-far] va demasiado lejos
       *[not-far-enough] no va lo bastante lejos
    }, y preferiría que no hubiera ningún resultado antes que este texto.
position-reservations = { $who } tiene reservas: { $paragraph } { $direction ->
        [too-far] va demasiado lejos
       *[not-far-enough] no va lo bastante lejos
    }. Pide a la Presidencia que lo reconsidere.
position-can-live-with = { $who } puede transigir con el proyecto, aunque { $paragraph } { $direction ->
        [too-far] va más allá de lo que desearía
       *[not-far-enough] no va tan lejos como desearía
    }.
position-supports = { $who } apoya el proyecto y agradece a la Presidencia un texto equilibrado.

says-proposes = propone { $proposal }.
propose-reword = modificar el párrafo { $number } ({ $issue }) para que diga: “{ $wording }”
propose-insert = añadir un nuevo párrafo sobre { $issue }: “{ $wording }”
propose-bracket = poner entre corchetes el párrafo { $number } ({ $issue })
propose-unbracket = suprimir los corchetes del párrafo { $number } ({ $issue })
propose-delete = suprimir el párrafo { $number } ({ $issue })
propose-to-summary = trasladar el párrafo { $number } ({ $issue }) al resumen de la Presidencia

edit-reword = El párrafo { $number } ({ $issue }) dice ahora: “{ $wording }”
edit-insert = Un nuevo párrafo sobre { $issue }: “{ $wording }”
edit-bracket = El párrafo { $number } ({ $issue }) se pone entre corchetes.
edit-unbracket = Se suprimen los corchetes del párrafo { $number } ({ $issue }).
edit-delete = Se suprime el párrafo { $number } ({ $issue }).
edit-to-summary = El párrafo { $number } ({ $issue }) pasa al resumen de la Presidencia.

lobby-through-group = el grupo { $group } por conducto de su coordinador, { $coordinator }
says-lobbies-moved = hace gestiones ante { $whom } sobre { $issue }: su posición se acerca al texto.
says-lobbies-for-change = hace gestiones ante { $whom } para que se modifique el texto sobre { $issue }: su posición se acerca a la de quien hace las gestiones.
says-lobbies-failed = hace gestiones ante { $whom } sobre { $issue }, sin resultado: las probabilidades eran de { $odds } sobre 100, y la posición defendida por { $target } no cambia.
says-lobbies-no-capital = no le queda capital diplomático para hacer gestiones ante { $whom }.

says-revises = Rev.{ $revision } del documento { $symbol }. { $changes }
says-revises-named = Rev.{ $revision } de la versión “{ $draft }”. { $changes }
says-new-draft = La versión “{ $draft }” modifica el texto. { $changes }
says-brackets = La Presidencia pone entre corchetes lo que sigue en disputa. { $changes }
says-clears-brackets = Antes de la decisión, la Presidencia propone un conjunto de compromisos para eliminar los corchetes. { $changes }
edit-with-why = { $edit } ({ $why }).
why-took-up = recogiendo la enmienda presentada por { $who }
why-took-up-group = recogiendo la enmienda del grupo { $group }, presentada por { $who }
why-favoured = { $count ->
        [one] una delegación la respalda
       *[other] { $count } delegaciones la respaldan
    }
why-meets = { $more ->
        [0] responde a la objeción formulada por { $who }
       *[other] responde a las objeciones formuladas por { $who } y otras { $more }
    }
why-package = en un conjunto con el párrafo { $number }
says-organizes = Período de sesiones de organización de { $body }: se aprueban el programa y el programa de trabajo, y las decisiones se adoptarán por consenso.
says-priority = { $who } desea que el documento final diga, sobre { $issue }: “{ $wording }”{ $insists ->
        [yes] {" "}Lo ha convertido en una línea roja.
       *[no] {""}
    }
says-warns = { $who } advierte que no podrá sumarse al consenso sobre { $symbol } a menos que cambie el texto sobre { $issue }{ $red_line ->
        [yes] : cruza una línea roja de su Gobierno
       *[no] {""}
    }; pide que el párrafo se ponga entre corchetes.
says-gives-way = { $who } no insistirá más en su enmienda sobre { $issue }: { $reason ->
        [compromise] cede con espíritu de avenencia
        [isolated] pocas delegaciones comparten su opinión
       *[group] su grupo no la comparte
    }.
says-question = La Presidencia propone que { $symbol } se apruebe por consenso. ¿Hay alguna objeción?
says-to-summary = Se formulan objeciones. La Presidencia traslada { $count ->
        [one] el párrafo { $paragraphs }
       *[other] los párrafos { $paragraphs }
    } a un resumen de la Presidencia, publicado bajo su exclusiva responsabilidad, y pregunta de nuevo: ¿hay alguna objeción?
says-objects-red-line = { $who } se opone: sobre { $issue }, el texto cruza una línea roja de su Gobierno.
says-objects = { $who } se opone: sobre { $issue }, el texto va en contra de sus instrucciones, y prefiere que no haya ningún resultado antes que este texto.
says-dissociates = { $who } no impedirá el consenso, pero se desvincula del texto sobre { $issue }.
says-explains-in-own-words = En explicación de posición: “{ $words }”
says-declares-object = { $who } informa a la Presidencia de que no podrá sumarse al consenso sobre { $symbol }.
says-declares-join = { $who } informa a la Presidencia de que no impedirá el consenso sobre { $symbol }.
says-outcome = Resultado sobre { $symbol }: { $outcome }.
says-consultations-resume = Hay objeciones. La Presidencia suspende la sesión: se reanudan las consultas oficiosas sobre { $symbol }.
says-requests-vote = { $who } solicita una votación registrada sobre { $symbol }.
says-explains-vote = { $who } { $vote ->
    [yes] votó a favor
    [no] votó en contra
   *[abstain] se abstuvo
}: { $reason }.
says-aligns = { $who } se adhiere a la declaración formulada por { $lead }.
says-named-draft = { $session }: la Presidencia presenta la versión “{ $draft }” de { $symbol }.
says-summary-records = La Presidencia reflejará en el resumen de la Presidencia, bajo su exclusiva responsabilidad, { $count ->
    [one] una propuesta que muchas delegaciones apoyaron pero que no pudo acordarse
   *[other] { $count } propuestas que muchas delegaciones apoyaron pero que no pudieron acordarse
}: { $items }.
summary-item = sobre { $issue }, “{ $wording }”
cue-group = el grupo { $group }
cue-prior-vote = su propio voto sobre { $roll_call } ({ $date })
tally = Votación registrada: { $yes } votos a favor, { $no } en contra y { $abstain } abstenciones.
says-seat-to-person = El instructor confía a una persona el puesto ocupado por { $seat }.
says-seat-to-ai = El instructor cede a la IA el puesto ocupado por { $seat }.
says-event = Un acontecimiento llega a las delegaciones interesadas: { $title }.
says-announcement = A la sala: “{ $text }”

final-text = { $number }. { $text }
final-bracketed = { $number }. [{ $text }]
final-summary = { $number }. (resumen de la Presidencia) { $text }
final-deleted = { $number }. (suprimido) { $text }

## La transcripción

transcript-heading = == { $heading }
transcript-count = recuento { $symbol } tras la ronda { $round }: apoyo { $supports }, transigen { $live }, reservas { $reservations }, oposición { $objects }
transcript-final = El texto de { $symbol } en el momento de la decisión:

## Por qué se rechaza una acción

edit-error-no-paragraph = No hay párrafo { $number }.
edit-error-not-in-text = El párrafo { $number } ya no figura en el texto.
edit-error-no-rung = Esa formulación no figura en la escala de la cuestión.
edit-error-not-available = Esa formulación aún no existía en el momento de esta negociación, o este órgano no podía aprobarla.
edit-error-issue-covered = El párrafo { $number } ya trata esta cuestión: enmiéndelo en su lugar.
edit-error-no-issue = No existe esa cuestión.
edit-error-not-bracketed = El párrafo { $number } no está entre corchetes.
edit-error-already-bracketed = El párrafo { $number } ya está entre corchetes.
edit-error-no-summary = Este órgano no tiene resumen de la Presidencia.

refused-session-over = La sesión ha terminado.
refused-not-in-this-session = El calendario aún no prevé una decisión: la cuestión podrá plantearse en el período de sesiones “{ $session }”.
refused-no-draft-yet = Todavía no hay un proyecto que enmendar: la Presidencia lo presentará en el período de sesiones “{ $session }”.
refused-not-your-seat = Ese no es su puesto.
refused-penholder-only = Solo el encargado de la redacción de ese texto puede hacerlo.
refused-delegation-only = Solo una delegación puede hacerlo.
refused-instructor-only = Solo el instructor puede hacerlo.
refused-no-delegation = No existe esa delegación.
refused-no-issue = No existe esa cuestión.
refused-no-group = Ese grupo no está en la mesa.
refused-not-negotiating = El grupo { $group } no negocia aquí como grupo.
refused-no-text = No existe ese texto.
refused-no-event = No hay ningún acontecimiento número { $index } en este escenario.
refused-lobbying-yourself = Una delegación no puede hacer gestiones ante sí misma.
refused-no-capital = Capital diplomático insuficiente: quedan { $left } y se necesitan { $needed }, contando las gestiones ya en espera.
refused-duplicate = La misma acción ya está en espera.
refused-too-long = Demasiado largo: { $max } caracteres como máximo.
refused-not-yours = Solo quien hizo una acción puede retirarla.
refused-no-such-move = Esa acción ya no está en espera.

## Las instrucciones de la capital

brief-to = Instrucciones a la delegación enviada por { $state }
brief-to-chair = Instrucciones para la Presidencia
brief-push-for = defender “{ $wording }”
brief-push-for-nothing = mantener fuera del texto cualquier párrafo al respecto
brief-priority = { $issue } (relevancia { $salience }): { $push }
brief-priority-hover = Su posición: { $position } en una escala de 0 (silencio o la formulación más débil) a 100 (la más firme).
    Fuente: { $source }{ $estimate ->
        [yes] {"\u000A"}Una estimación, no una posición documentada.
       *[no] {""}
    }
brief-red-line = { $issue }: oponerse si el texto va más allá de lo que permite su Gobierno: { $order }.
success-adopted = El texto se aprueba y no cruza ninguna de sus líneas rojas.
success-priorities = En cada prioridad, el texto aprobado queda cerca de su posición (a menos de { $within } puntos en la escala de la cuestión): cuanto más cerca, mejor.
success-goodwill = Conserva la buena disposición de la sala: oponerse en solitario es costoso, así que bloquee solo por una línea roja.
success-chair-consensus = Un texto aprobado por consenso: cuando pregunte “¿Hay alguna objeción?”, nadie se opone.
success-chair-keep = Conservar tanto texto como la sala permita: debilitar, poner entre corchetes o trasladar al resumen de la Presidencia solo lo que bloquea.
success-chair-fallback = A falta de consenso, la solución alternativa es: { $fallback }.
success-chair-time = Tiempo: { $rounds } rondas de consultas oficiosas.

## Los criterios del balance

mark-outcome = Resultado: { $outcome }.
mark-undecided = La sesión no ha concluido.
mark-red-line-held = Línea roja sobre { $issue }: respetada.
mark-red-line-crossed = Línea roja sobre { $issue }: cruzada por el texto final.
mark-priority = Prioridad { $issue }: el texto dice { $now }; usted quería { $wanted }.
mark-no-paragraph = nada al respecto
mark-verdict = Su valoración del texto final: { $verdict }.
mark-chair-outcome = Resultado: { $outcome } en la ronda { $round } de { $rounds }.
mark-kept = Párrafos del texto inicial aprobados como texto acordado: { $kept } de { $opened }; en el resumen de la Presidencia: { $summary }.
mark-kept-not-adopted = El texto no se aprobó, así que nada de él queda acordado ({ $kept } de { $opened } párrafos seguían en el texto al final; { $summary } en el resumen de la Presidencia).

change-added = { $paragraph } añadido: “{ $wording }”
change-weakened = { $paragraph } debilitado: “{ $wording }”
change-strengthened = { $paragraph } reforzado: “{ $wording }”
change-agreed = { $paragraph } acordado (corchetes suprimidos)
change-bracketed = { $paragraph } entre corchetes
change-to-summary = { $paragraph } trasladado al resumen de la Presidencia
change-summarised = El resumen de la Presidencia recoge una propuesta sobre { $issue }: “{ $wording }”
change-deleted = { $paragraph } suprimido

## Votaciones y objeciones

vote-yes = a favor
vote-no = en contra
vote-abstain = abstención
vote-reason-sponsor = patrocina el texto
vote-reason-declared = tal como anunció su delegación
vote-reason-content = puede aceptar el texto
vote-reason-reservations = reservas sobre { $issue }
vote-reason-close-call = sobre { $issue }, el texto le vale más o menos lo mismo que ningún texto: no tomará partido
vote-reason-red-line = el texto cruza su línea roja sobre { $issue }
vote-reason-against = sobre { $issue }, el texto va en contra de sus instrucciones
vote-reason-prefers-rival = respalda { $rival }, que le conviene más, sobre todo en { $issue }
vote-reason-wont-choose = no elegirá entre este texto y { $rival }
vote-reason-follows = hay poco en juego: se alinea con { $lead }
vote-reason-cross-pressured = tensión entre la influencia ejercida por { $lead } y su propia posición sobre { $issue }
vote-reason-breaks-away = se aparta de la línea seguida por { $lead } en la cuestión { $issue }
vote-reason-as-last-year = mantiene { $lead }: el texto de este año no ha cambiado lo suficiente para votar de otro modo
vote-reason-moved-since = el texto ha cambiado mucho desde { $lead }: ya no vota como entonces y se abstiene
objection-line = { $state }: { $why }
objection-red-line = sobre { $issue }, el texto cruza una línea roja de su Gobierno
objection-against = sobre { $issue }, el texto va en contra de sus instrucciones, y preferiría que no hubiera ningún texto

## El comando stances: una línea por cuestión.
stance-line = { $issue }: ideal { $ideal }, relevancia { $salience }{ $red_line }. Fuente: { $source }
stance-red-line = , línea roja: { $limit }{ $camp }
stance-camp = {" "}(con el bando: { $camp })

## Live odds: AI-only runs of the rest of the session from where it stands.
odds-chance = Probabilidad de consenso: { $chance } %
odds-with-tally = { $line } · votación prevista: { $yes } votos a favor, { $no } en contra y { $abstain } abstenciones
odds-computing = Probabilidad de consenso: …
odds-updating = { $line } (actualizando…)
odds-explained = Según { $runs } partidas jugadas solo por la IA durante el resto del período de sesiones desde aquí: lo que haría la sala si la IA ocupara todos los puestos, incluidos el suyo y el de la Presidencia, con las propuestas ya hechas. Las posiciones solo estimadas, y las líneas rojas que nadie ha declarado aún, se sortean de nuevo en cada partida.
odds-explained-waiting = Se está calculando la probabilidad de consenso a partir de partidas jugadas solo por la IA durante el resto del período de sesiones.
odds-what-if = Con esta formulación: { $chance } % ({ $change })
odds-what-if-computing = Con esta formulación: …
odds-what-if-explained = Según { $runs } partidas jugadas solo por la IA con esta formulación propuesta ahora, frente a las mismas { $runs } partidas sin ella: lo que cambiaría en la probabilidad de consenso, antes de que usted la proponga.
odds-no-change = sin cambios
