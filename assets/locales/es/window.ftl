# oewg-sim, español: la ventana.

window-title = oewg-sim: diplomacia de consenso sobre la seguridad de las TIC
bullet = - { $text }
numbered = { $number }. { $text }
button-back = Volver
button-close = Cerrar

## Pantalla de inicio

title-name = oewg-sim
title-tagline = Diplomacia de consenso en el Grupo de Trabajo de Composición Abierta de las Naciones Unidas sobre la seguridad de las TIC
title-blurb = Redacte un proyecto de resolución párrafo por párrafo; cada delegación responde; en el momento de la decisión, el consenso o el motivo de cada objeción.
title-tutorial = Aprender: el tutorial, en la Presidencia
title-tutorial-hover = Diez delegaciones, seis párrafos: encuentre una formulación que todos puedan aceptar y luego pregunte “¿Hay alguna objeción?”.
title-new-here = ¿Es nuevo? Empiece por el tutorial: el juego explica cada paso sobre la marcha.
title-new-session = Nueva sesión
title-new-session-hover = Elija un escenario y una delegación, o la Presidencia.
title-host = Dirigir una clase
title-host-hover = Los estudiantes se unen desde sus navegadores en esta red; esta ventana pasa a ser la consola del instructor
new-host = Abrir la clase
new-host-hover = Abrir la clase en esta red con este escenario; los estudiantes se unen desde sus navegadores y la IA juega cada puesto que nadie ocupa
title-continue = Continuar
title-back-to = Volver a { $session }
title-resume-autosave = Reanudar el guardado automático: { $session }
title-nothing-to-continue = Todavía no hay ninguna sesión que continuar
title-load = Cargar
title-hide-saves = Ocultar partidas guardadas
title-no-saves = Todavía no hay partidas guardadas: Ctrl+S en una sesión la guarda.
title-unreadable = { $save } (ilegible)
title-settings = Configuración
title-quit = Salir
title-live = { $scenario }, ronda { $round } de { $rounds }
title-save = { $scenario }, { $who }, ronda { $round }, { $phase }
title-save-watching = observando
title-save-line = { $when }  { $save }
title-load-refused = No se pudo cargar la partida; no se ha cambiado nada. { $error }
title-no-tutorial = El escenario del tutorial falta o no se carga.

## Nueva sesión

new-heading = Nueva sesión
new-scenario = 1. Escenario
new-start-here = empiece aquí
new-card-facts = { $body } · { $year } · { $seats } delegaciones · { $texts ->
        [one] un texto
       *[other] { $texts } textos
    } · { $rounds } rondas · a falta de consenso: { $fallback }
new-does-not-load = no se carga: { $error }
new-choose-scenario = Elija un escenario.
new-seed = Semilla
new-seed-hover = La misma semilla y las mismas acciones dan la misma sesión. Las posiciones desconocidas (estimaciones) se extraen de ella.
new-role = 2. Su puesto
new-several = Varias personas en esta máquina
new-several-hover = Cada persona ocupa un puesto y juega por turnos; entre turnos, la pantalla oculta las instrucciones de todos (H cede el turno).
new-chair = La Presidencia
new-watch = Ver jugar a la IA
new-or-delegation = O una delegación:
new-search-hint = Buscar por nombre, código o grupo (p. ej., Cuba, FRA, ASEAN)
new-shown = { $shown } de { $total } delegaciones
new-seat-row = { $code }  { $name }
new-you-chair = Usted ocupará la Presidencia.
new-you-watch = La IA jugará todos los puestos.
new-you-delegation = Usted será la delegación de { $state }.
new-choose-role = Elija un puesto.
new-read-instructions = Leer sus instrucciones

## Instrucciones

instructions-watching = Observación
instructions-watching-explained = La IA juega todos los puestos. Pulse P para dejarla jugar o Space para avanzar paso a paso; haga clic en cualquier puesto para ver por qué la delegación se sitúa donde se sitúa.
instructions-how-a-session-runs = Cómo transcurre una sesión
instructions-step-1 = La Presidencia presenta el proyecto; las delegaciones y los grupos exponen su posición.
instructions-step-2 = Consultas oficiosas: proponga formulaciones, haga gestiones y observe cómo evoluciona la sala.
instructions-step-3 = El encargado de la redacción publica un proyecto revisado; los párrafos controvertidos pueden ponerse entre corchetes.
instructions-step-4 = “¿Hay alguna objeción?” Una sola objeción bloquea el consenso; entonces se aplica la solución alternativa.
instructions-keys = Pulse I durante la sesión para volver a ver estas instrucciones, y G para el glosario.
instructions-take-seat = Ocupar su puesto
brief-priorities = Sus prioridades, de la más importante a la menos
brief-red-lines = Sus líneas rojas
brief-red-line-hover = Las líneas rojas de los datos incluidos son estimaciones, señaladas como tales; cada una se mantiene con la probabilidad del escenario.
brief-no-red-lines = Sin líneas rojas: puede aceptar cualquier formulación, a un precio.
brief-success = Cómo es el éxito

how-heading = Cómo jugar
how-chair-1 = Haga clic en un puesto rojo (X) para ver por qué esa delegación se opone: el párrafo, la cuestión, la línea roja.
how-chair-2 = En el proyecto (a la derecha), abra las formulaciones de un párrafo, lea cada una completa con el efecto que tendría en la sala, y reformule; o póngalo entre corchetes, suprímalo o trasládelo al resumen de la Presidencia.
how-chair-3 = Las enmiendas que proponen las delegaciones figuran sobre la mesa; Aceptar recoge una.
how-chair-4 = Space ejecuta el siguiente paso. Cuando la barra indique “ninguna objeción”, proponga la aprobación (A).
how-delegation-1 = El inspector (a la izquierda) muestra su valoración del proyecto y sus motivos; haga clic en cualquier puesto para ver la de otra delegación.
how-delegation-2 = En el proyecto (a la derecha), abra las formulaciones de un párrafo y proponga una, proponga un nuevo párrafo o redacte uno con sus propias palabras: el léxico del escenario lo lee, y lo que presenta son sus palabras.
how-delegation-3 = Haga gestiones ante una delegación desde su puesto (primero se muestran las probabilidades), o ante un grupo negociador por conducto de su coordinador (elija el grupo encima de la sala). Cada intento cuesta capital diplomático.
how-delegation-4 = La Presidencia revisa el texto tras cada ronda de consultas y propone la aprobación cuando nadie lo bloquearía. Su postura en el momento de la decisión y su explicación de posición están bajo cada proyecto. Space ejecuta el siguiente paso.
how-watching-1 = Space ejecuta el siguiente paso, P deja jugar a la IA; haga clic en cualquier puesto para ver por qué la delegación se sitúa donde se sitúa.

## La barra

bar-phase = Fase: { $phase }
bar-round = Ronda { $round } de { $rounds } (quedan { $left })
bar-decision = Decisión: por consenso; a falta de consenso, { $fallback }
bar-you-delegation = Usted es la delegación de { $state }
bar-you-chair = Usted ocupa la Presidencia (y redacta el texto)
bar-you-watch = Usted observa una partida jugada solo por la IA
bar-capital = · capital { $capital }
bar-hand-over = Ceder el turno (H)
bar-hand-over-hover = La siguiente persona en esta máquina ocupa su puesto; la pantalla lo oculta todo hasta que esté delante.
bar-ai-paused = IA en pausa (Space: siguiente paso, P: ejecutar)
bar-ai-running = IA en marcha (P: pausa)
bar-step-hover = Ejecuta el siguiente paso de la sesión (Space).
bar-instructions = Instrucciones (I)
bar-glossary = Glosario (G)
bar-save = Guardar (Ctrl+S)
bar-settings = Configuración
bar-menu = Menú (Esc)
bar-debrief = Balance (D)
bar-outcome = { $symbol }: { $outcome }
count-no-objections = Consenso: ninguna objeción
count-objections = Consenso: { $count ->
        [one] 1 objeción
       *[other] { $count } objeciones
    } ({ $codes }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    })
count-for-text = { $symbol }: { $count }

step-open = Abrir la sesión: presentar el proyecto (Space)
step-general-exchange = Escuchar el intercambio general de opiniones (Space)
step-suspend = Suspender la sesión para celebrar consultas oficiosas (Space)
step-consultations = Celebrar consultas oficiosas (Space)
step-resume = Reanudar la sesión (Space)
step-revision = El proyecto revisado (Space)
step-question = Plantear la pregunta: ¿hay alguna objeción? (Space)
step-concluded = Concluido

next-press-space = pulse Space para el siguiente paso
next-ai-runs = la IA avanza al ritmo elegido (P pausa)
next-concluded = La sesión ha terminado: pulse D o el botón para ver el balance.
next-opening = Se presenta el proyecto y las delegaciones exponen su posición: { $step }.
next-adoption = La Presidencia pregunta “¿Hay alguna objeción?”: { $step }.
next-chair-no-objections = Nadie se opone: proponga la aprobación (A) mientras dure, o mejore antes el texto.
next-chair-objections = { $count ->
        [one] Una delegación se opone
       *[other] { $count } delegaciones se oponen
    }: haga clic en un puesto rojo para ver por qué, y luego reformule, ponga entre corchetes o traslade el párrafo a un resumen de la Presidencia; { $step }.
next-delegation-consultations = Consultas oficiosas: proponga una formulación (proyecto, a la derecha) o haga gestiones ante una delegación (haga clic en su puesto); { $step }.
next-delegation-revision = El encargado de la redacción revisa el texto, sopesando las enmiendas: { $step }.
next-watching = Partida jugada solo por la IA: { $step }.

## Las acciones en espera

pending-heading = { $count ->
        [one] Su acción en espera
       *[other] Sus { $count } acciones en espera
    }
pending-withdraw = Retirar { $number }
pending-propose = Usted propone { $proposal }.
pending-lobby = Usted hace gestiones ante { $state } sobre { $issue }.
pending-call = Usted propone la aprobación.
pending-event = Usted introduce el acontecimiento “{ $title }”.
pending-announce = Usted dice a la sala: “{ $text }”
pending-declare = En el momento de la decisión, usted va a: { $stand }.
pending-assign = Un puesto cambia de manos.
pending-no-longer-fits = Una modificación que ya no corresponde al texto (será rechazada).
pending-when-now = Se tiene en cuenta al terminar las consultas (el siguiente paso).
pending-when-consultations = Se tiene en cuenta en las próximas consultas oficiosas.
pending-when-revision = Se responde tras el proyecto revisado: entonces se plantea la pregunta.
pending-when-next-step = Cuenta a partir del siguiente paso.

## La sala

room-heading = La sala: { $count } delegaciones
room-everyone = Todos
room-verdict-count = { $verdict } { $count }
room-lobby-group = Hacer gestiones ante el grupo { $group }, por conducto de su coordinador, { $coordinator }, sobre
room-lobby-choose-issue = una cuestión
room-lobby-issue = { $issue } (probabilidades: { $odds } sobre 100)
room-lobby-button = Hacer gestiones ante el grupo { $group }
seat-hover = { $state }: { $verdict }{ $why }
seat-red-line = , línea roja sobre { $issue }
seat-mostly = , sobre todo por { $issue }

## El proyecto

draft-heading = { $symbol } ({ $label })
draft-label-rev = Rev.{ $revision }
draft-label-named-rev = { $draft }, Rev.{ $revision }
draft-label-tabled = tal como se presentó
draft-call-for-adoption = Proponer la aprobación
draft-call-for-adoption-hover = La Presidencia pregunta “¿Hay alguna objeción?”. Una sola objeción bloquea el consenso; entonces se aplica la solución alternativa del órgano. Un texto entre corchetes no puede aprobarse.
draft-amendments = Enmiendas sobre la mesa ({ $count })
draft-accept-amendment = Aceptar la enmienda { $number }
draft-accept-when = Las enmiendas aceptadas entran en el texto en las próximas consultas oficiosas.
amendment-by = { $state } — propuesta: { $proposal }
draft-own-words = con las propias palabras del autor
draft-own-words-hover = Una delegación redactó este párrafo; la sala lo lee como la formulación de la escala que se muestra al abrir sus formulaciones.
draft-bracketed = entre corchetes
draft-you = usted: { $verdict }
draft-you-red-line = usted: línea roja cruzada
draft-you-hover = Lo que este párrafo, por sí solo, supone para su delegación.
draft-open-wordings = Formulaciones del párrafo { $number }
draft-close-wordings = Cerrar las formulaciones
draft-ladder-explained = Todas las formulaciones posibles de este párrafo, de la más firme a la más débil, y el efecto de cada una: su valoración del texto en su conjunto y cuántas delegaciones se opondrían.
draft-ladder-current = en el texto actual
draft-ladder-agreed = lenguaje convenido
draft-preview-you = usted: { $verdict }
draft-preview-objectors = se opondrían: { $count }
draft-propose-for = Proponer para el párrafo { $number }
draft-reword = Reformular el párrafo { $number }
draft-ask-bracket = Pedir que el párrafo { $number } se ponga entre corchetes
draft-propose-delete = Proponer que se suprima el párrafo { $number }
draft-bracket = Poner entre corchetes el párrafo { $number }
draft-unbracket = Suprimir los corchetes del párrafo { $number }
draft-delete = Suprimir el párrafo { $number }
draft-to-summary = Al resumen de la Presidencia: párrafo { $number }
draft-add-paragraph = Añadir un párrafo
draft-choose-issue = Elegir una cuestión
draft-propose-paragraph = Proponer este párrafo
draft-insert-paragraph = Insertar este párrafo

stand-heading = Su postura en el momento de la decisión
stand-explained = Lo que hará cuando la Presidencia pregunte “¿Hay alguna objeción?”. Según las instrucciones: oponerse solo si su valoración es “se opone” y bloquear compensa su costo.
stand-as-instructed = según las instrucciones
stand-object = oponerse
stand-join = sumarse al consenso
stand-explanation = Su explicación de posición (se lee después de la decisión):
stand-explanation-hint = p. ej., Nos sumamos al consenso, pero lamentamos que el texto no mencione el derecho internacional humanitario.
stand-tell-the-chair = Informar a la Presidencia

free-heading = Redactar un párrafo con sus propias palabras
free-hint = p. ej., Decide iniciar negociaciones sobre un instrumento jurídicamente vinculante
free-explained = El léxico del escenario lo lee como una de las cuestiones y la formulación más cercana de su escala: así lo entiende la sala. Lo que usted presenta son sus palabras.
free-read-as = La sala lo lee como: { $issue } (encontrado: { $found })
free-also = También se menciona: { $issues }
free-not-recognised = No se reconoce ninguna cuestión: ninguno de los términos del escenario (“jurídicamente vinculante”, “derecho internacional humanitario”, “seguridad de la información”, “múltiples partes interesadas”...) figura en el texto. Elija la cuestión a continuación.
free-issue = Cuestión
free-strength = Con qué firmeza lo lee la sala:
free-propose-as = Proponer como párrafo { $number }
free-propose-new = Proponer como nuevo párrafo
free-put-in = Colocar en el párrafo { $number }
free-insert-new = Insertar como nuevo párrafo

## El inspector

inspector-heading = { $state } ({ $code })
inspector-groups = { $region }; { $groups }
inspector-empty = Haga clic en un puesto para ver la valoración de esa delegación, sus motivos y sus posiciones.
inspector-capital = Su capital diplomático: { $capital } (un intento cuesta { $cost })
inspector-stances = Posiciones
inspector-salience = relevancia { $salience }
inspector-red-line = línea roja
inspector-lobby = Hacer gestiones sobre esto (probabilidades: { $odds } sobre 100)
inspector-lobby-hover = Cada intento cuesta capital diplomático; si tiene éxito, la posición de la delegación se acerca al texto. Cuanto más le importa la cuestión, menores son las probabilidades.
inspector-statements = Lo que ha dicho
stance-position = quiere { $wants }; el texto: { $text }
reason-red-line = { $paragraph }: cruza su línea roja ({ $limit })
reason-distance = { $paragraph } { $direction ->
        [too-far] va más allá de lo que quiere
       *[not-far-enough] no va tan lejos como quiere
    }

## Registro y gráficos

log-heading = Declaraciones y acontecimientos
chart-support-heading = Apoyo a lo largo de las rondas
chart-forecast-heading = Previsión: el texto frente al compromiso y al punto de Nash
chart-forecast-explained = Compromiso: la media de las posiciones de todas las delegaciones, ponderada por relevancia e influencia. Nash: el punto que maximiza el producto de las ganancias de cada delegación respecto de la falta de acuerdo. Lejos de ambos, el texto encontrará resistencia.
chart-after-round = recuento tras la ronda
chart-position-axis = posición (0 la más débil, 100 la más firme)
chart-text = texto
chart-compromise = compromiso
chart-nash = punto de Nash

tab-room = La sala
tab-draft = El proyecto
tab-delegation = Delegación
tab-log = Declaraciones
tab-charts = Gráficos

## Ventanas sobre la sesión

window-instructions = Las instrucciones de su capital
window-glossary = Glosario de procedimiento
window-adoption = ¿Hay alguna objeción?
adoption-no-objection = No se formula ninguna objeción.
adoption-so-decided = Así queda acordado. (Golpe de mazo.)
adoption-objections = { $count ->
        [one] Una delegación se opone:
       *[other] { $count } delegaciones se oponen:
    }
adoption-blocked = El consenso está bloqueado.
adoption-summary = { $count ->
        [one] Un párrafo pasó
       *[other] { $count } párrafos pasaron
    } al resumen de la Presidencia, bajo la exclusiva responsabilidad de la Presidencia.
adoption-explanations = Explicaciones de posición
adoption-outcome = Resultado: { $outcome }
adoption-roll-call = La votación nominal
adoption-to-debrief = Ir al balance (D)
adoption-stay = Quedarse en la sala

handover-heading = Ceder el turno a { $who }
handover-delegation = la delegación de { $state }
handover-chair = la Presidencia
handover-explained = Todo queda oculto hasta que la siguiente persona esté ante la pantalla, para que nadie vea las instrucciones de otro puesto.
handover-i-am = Soy { $who }: mostrar mi puesto

## Balance

debrief-heading = Balance: { $title }
debrief-outcome = { $symbol }: { $outcome }, al final de la ronda { $round } de { $rounds }
debrief-undecided = { $symbol }: sin decisión
debrief-back = Volver a la sala
debrief-export = Exportar el registro
debrief-export-hover = Un archivo de texto con cada declaración y este balance, para la evaluación.
debrief-title-screen = Pantalla de inicio
debrief-role-delegation = Usted desempeñó el papel de la delegación enviada por { $state }; en el momento de la decisión, usted { $stand }.
debrief-stand-instructed = siguió sus instrucciones
debrief-stand-object = anunció que se opondría
debrief-stand-join = anunció que se sumaría al consenso
debrief-role-chair = Usted ocupó la Presidencia.
debrief-role-watched = Usted observó una partida jugada solo por la IA.
debrief-against-instructions = Frente a sus instrucciones
debrief-met = cumplido
debrief-missed = no cumplido
debrief-at-the-gavel = En el momento de la decisión
debrief-drafts = Los proyectos, de la apertura a la decisión
debrief-never-changed = El texto nunca se modificó.
debrief-opening-draft = Proyecto inicial
debrief-rev = { $label }
debrief-at-gavel = En el momento de la decisión
debrief-changes = { $label }: { $count ->
        [one] un cambio
       *[other] { $count } cambios
    }
debrief-final-text = El texto final
debrief-history = Lo que ocurrió en la historia
debrief-sources = Fuentes: { $sources }
debrief-beside-heading = Su texto junto al aprobado en la historia
debrief-beside = { $issue }: { $same ->
        [yes] como en la historia, { $history }
       *[no] su texto: { $yours }; en la historia: { $history }
    }{ $estimate ->
        [yes] {" "}(la posición histórica es una estimación: { $source })
       *[no] {" "}({ $source })
    }
debrief-place-text = “{ $wording }”
debrief-place-summary = en el resumen de la Presidencia
debrief-place-absent = no figura en el texto

export-heading = { $title }, semilla { $seed }
export-debrief = == Balance: { $title }
export-met = [cumplido] { $text }
export-missed = [no cumplido] { $text }
export-objected = Objeción: { $text }
export-roll-call = { $state }: { $vote } ({ $reason })
export-draft = { $label }:
export-change = {"  "}- { $text }
export-final-text = Texto final:
export-history = Historia: { $text }

## Avisos

notice-saved = Guardado en { $path }
notice-save-failed = No se pudo guardar: { $error }
notice-autosave-failed = No se pudo escribir el guardado automático: { $error }
notice-exported = Registro exportado a { $path }
notice-export-failed = No se pudo exportar el registro: { $error }
notice-screenshot = Captura de pantalla: { $path }
notice-screenshot-failed = No se pudo guardar una captura de pantalla: { $error }
notice-refused = No se hizo: { $reason }

## Configuración

settings-heading = Configuración
settings-language = Idioma
settings-language-hover = El idioma de la ventana y de las exportaciones. La opción --lang de la línea de comandos lo sustituye durante una ejecución; mientras no elija uno, el juego sigue el idioma del sistema.
settings-scale = Escala de la interfaz
settings-scale-hover = Mayor para un proyector, menor para una pantalla pequeña. Solo se ofrecen las escalas que dejan a esta ventana espacio para funcionar.
settings-percent = { $percent } %
settings-scale-current = ahora { $percent } % (demasiado grande para esta ventana)
settings-colours = Colores
settings-colours-hover = Los puestos llevan también una letra y una forma, para que nadie dependa del color.
settings-swatches = Muestras de color
settings-pace = Velocidad de los turnos de la IA
settings-pace-hover = Segundos entre los pasos de la IA cuando juega (P).
settings-pace-unit = s por paso
settings-theme = Tema
settings-dark = Oscuro
settings-light = Claro
settings-shortcuts = Atajos de teclado
settings-not-saved = No se pudo guardar la configuración: { $error }
palette-standard = Estándar
palette-colour-blind = Apta para daltonismo (Okabe-Ito)
palette-high-contrast = Alto contraste
key-space = siguiente paso de la IA (consultas oficiosas, revisión, aprobación)
    .key = Space
key-p = pausar o dejar jugar a la IA al ritmo elegido
    .key = P
key-a = Presidencia: proponer la aprobación (“¿Hay alguna objeción?”)
    .key = A
key-i = mostrar u ocultar las instrucciones de su capital
    .key = I
key-g = mostrar u ocultar el glosario de procedimiento
    .key = G
key-ctrl-s = guardar la sesión
    .key = Ctrl+S
key-d = después de la decisión: el balance
    .key = D
key-h = varias personas en una máquina: ceder el turno a la siguiente
    .key = H
key-f12 = guardar una captura de pantalla de la ventana
    .key = F12
key-esc = cerrar una ventana; desde la sesión, la pantalla de inicio
    .key = Esc

## El glosario

term-consensus = Consenso
    .explained = Una decisión adoptada sin votación: la Presidencia pregunta “¿Hay alguna objeción?” y, si no se formula ninguna, da un golpe de mazo. Basta una objeción para bloquearla.
term-chairs-text = Texto de la Presidencia
    .explained = El proyecto que la Presidencia (encargada de la redacción) presenta y revisa. Las delegaciones proponen enmiendas; solo el encargado de la redacción modifica el texto.
term-penholder = Encargado de la redacción
    .explained = Quien redacta un texto: la Presidencia en un grupo de trabajo o un grupo de expertos; el patrocinador principal en una resolución de la Primera Comisión.
term-general-exchange = Intercambio general de opiniones
    .explained = Cada delegación, o un grupo que habla en nombre de sus miembros, expone su posición sobre el proyecto.
term-consultations = Consultas oficiosas
    .explained = Negociación fuera de la sesión oficial: se proponen enmiendas, las delegaciones hacen gestiones unas ante otras, los grupos cierran filas.
term-revision = Proyecto revisado (Rev.)
    .explained = Tras las consultas, el encargado de la redacción publica una revisión (Rev.1, Rev.2...) que intenta responder a las objeciones.
term-brackets = Corchetes
    .explained = Las palabras entre [corchetes] no están acordadas. Nada está acordado hasta que todo esté acordado: un texto con corchetes no se aprueba.
term-agreed-language = Lenguaje convenido
    .explained = Una formulación ya aprobada por consenso en un informe o una resolución anterior. Las delegaciones la aceptan con más facilidad: ya se aceptó antes, así que apartarse de ella pesa menos.
term-chairs-summary = Resumen de la Presidencia
    .explained = Un resumen publicado bajo la exclusiva responsabilidad de la Presidencia. Allí va lo que no pudo acordarse: queda registrado, pero no es texto acordado. El Grupo de Trabajo de Composición Abierta terminó así en 2021.
term-red-line = Línea roja
    .explained = Lo que una capital ordena a su delegación no aceptar nunca. Cruzarla lleva a la delegación a oponerse, sea cual sea el resto del texto.
term-salience = Relevancia
    .explained = Cuánto importa una cuestión a una delegación: un pequeño cambio en una cuestión relevante pesa más que un gran cambio en una secundaria.
term-explanation-of-position = Explicación de posición
    .explained = Una declaración posterior a la decisión: una delegación que se sumó al consenso dice lo que no pudo apoyar y se desvincula de ello.
term-diplomatic-capital = Capital diplomático
    .explained = Lo que gastan las gestiones: cada intento de hacer cambiar de posición a otra delegación cuesta capital, y este se agota.
term-recorded-vote = Votación registrada
    .explained = En la Asamblea General y su Primera Comisión, un texto sin consenso se somete a votación; el voto de cada Estado queda registrado.
term-negotiating-group = Grupo negociador
    .explained = Delegaciones que negocian juntas (la Unión Europea, el Movimiento de Países No Alineados, el Grupo de los Estados de África, el Grupo de los Estados Árabes, la ASEAN): una habla en nombre de todas, y los miembros se acercan a la posición del grupo.
term-isolation = Aislamiento
    .explained = Bloquear en solitario es costoso, menos si se está acompañado: quien se opone aislado a menudo se suma al consenso y explica su posición.
