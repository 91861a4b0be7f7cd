# oewg-sim, русский: что говорится в зале, протокол и экспорт.
# Переменные стоят в { $name }. Названия из данных (государства, вопросы, формулировки, группы) приходят как
# переменные; перевод может также заменить их ключами, построенными из их идентификаторов: state-CUB,
# issue-binding_instrument, wording-binding_instrument-0, group-EU, body-oewg, scenario-oewg_2019-title,
# scenario-oewg_2019-text-0.
# Названия государств внутри предложения (state-in-text-*) стоят в родительном падеже; названия групп и
# вопросов не склоняются и даются в кавычках после слов «группа», «вопрос».

## Названия того, что знает модель

language-name = Русский

verdict-supports = поддерживает
    .letter = П
verdict-can-live-with = может согласиться
    .letter = С
verdict-reservations = имеет оговорки
    .letter = О
verdict-objects = возражает
    .letter = В

outcome-consensus = принят консенсусом
outcome-consensus-with-chair-summary = принят консенсусом, с резюме Председателя, выпущенным под собственную ответственность Председателя
outcome-no-consensus = консенсус не достигнут
outcome-adopted-by-vote = принят заносимым в отчет о заседании голосованием
outcome-rejected-by-vote = отклонен заносимым в отчет о заседании голосованием

phase-opening = Открытие
phase-general-exchange = Общий обмен мнениями
phase-consultations = Неофициальные консультации
phase-revision = Пересмотренный проект
phase-adoption = Принятие
phase-concluded = Завершено

fallback-no-report = без доклада
fallback-chair-summary = резюме Председателя
fallback-recorded-vote = заносимое в отчет о заседании голосование

region-african = Группа государств Африки
region-asia-pacific = Группа государств Азии и Тихого океана
region-eastern-european = Группа государств Восточной Европы
region-grulac = Группа государств Латинской Америки и Карибского бассейна
region-weog = Группа государств Западной Европы и других государств

source-sponsorship = соавторство: { $roster }{ $date }
source-statement = заявление: { $document }{ $symbol }, { $date }: { $says }
source-group = позиция группы: { $document }{ $symbol }, { $date }: { $says }
source-symbol = {" "}({ $symbol })
source-dated = , { $date }
source-estimate = оценка: { $text }
source-vote = заносимое в отчет о заседании голосование по { $roll_call }{ $meeting }, { $date }: { $vote ->
        [yes] голос «за»
        [no] голос «против»
       *[abstain] воздержание
    }

issue-numbered = { $item } { $title }
list-and = { $init } и { $last }
quoted = «{ $text }»
seat-chair = Председатель

## Кто говорит

speaker-chair = Председатель
speaker-instructor = Инструктор
speaker-for-group = Делегация { $state } от имени группы «{ $group }»
subject-group = Группа
subject-chair = Председатель
subject-delegation = Делегация { $state }
subject-expert = Эксперт от { $state }
speaker-expert = Эксперт от { $state }

statement-line = [{ $round }] { $speaker }: { $says }

## Что говорится

paragraph-ref = пункт { $number } ({ $issue })
paragraph-ref-title = Пункт { $number } ({ $issue })
paragraph-absent = отсутствие пункта по вопросу «{ $issue }»

limit-nothing-stronger = неприемлемо ничего сильнее формулировки «{ $wording }»
limit-at-least = текст должен гласить как минимум: «{ $wording }»
limit-no-paragraph = никакой пункт по этому вопросу неприемлем
limit-beyond-every-wording = ни одна формулировка на столе не идет достаточно далеко

says-tables = Открытие работы: { $body }. Вносится проект «{ $title }» ({ $symbol }), пунктов: { $paragraphs }; решения принимаются консенсусом.
says-tables-draft = Председатель вносит проект «{ $title }» ({ $symbol }), пунктов: { $paragraphs }.
says-on-behalf = От имени группы «{ $group }»: { $statement }

position-red-line = { $who } не может принять { $paragraph }: { $limit }. Присоединение к консенсусу по такому тексту исключено.
position-objects = { $who } не может поддержать проект в его нынешнем виде: { $paragraph } { $direction ->
        [too-far] заходит слишком далеко
       *[not-far-enough] идет недостаточно далеко
    }, и отсутствие какого-либо результата предпочтительнее этого текста.
position-reservations = { $who } высказывает оговорки: { $paragraph } { $direction ->
        [too-far] заходит слишком далеко
       *[not-far-enough] идет недостаточно далеко
    }, и просит Председателя вернуться к этому.
position-can-live-with = { $who } может согласиться с проектом, хотя { $paragraph } { $direction ->
        [too-far] идет дальше желаемого
       *[not-far-enough] идет не так далеко, как хотелось бы
    }.
position-supports = { $who } поддерживает проект и благодарит Председателя за сбалансированный текст.

says-proposes = предлагает { $proposal }.
propose-reword = изложить пункт { $number } ({ $issue }) в следующей редакции: «{ $wording }»
propose-insert = включить новый пункт по вопросу «{ $issue }»: «{ $wording }»
propose-bracket = заключить пункт { $number } ({ $issue }) в квадратные скобки
propose-unbracket = снять квадратные скобки с пункта { $number } ({ $issue })
propose-delete = исключить пункт { $number } ({ $issue })
propose-to-summary = перенести пункт { $number } ({ $issue }) в резюме Председателя

edit-reword = Пункт { $number } ({ $issue }) теперь гласит: «{ $wording }»
edit-insert = Новый пункт по вопросу «{ $issue }»: «{ $wording }»
edit-bracket = Пункт { $number } ({ $issue }) заключается в квадратные скобки.
edit-unbracket = С пункта { $number } ({ $issue }) снимаются квадратные скобки.
edit-delete = Пункт { $number } ({ $issue }) исключается.
edit-to-summary = Пункт { $number } ({ $issue }) переносится в резюме Председателя.

lobby-through-group = группы «{ $group }» через ее координатора — делегацию { $coordinator }
says-lobbies-moved = добивается поддержки { $whom } по вопросу «{ $issue }»: позиция адресата смещается к тексту.
says-lobbies-for-change = добивается поддержки { $whom } в изменении текста по вопросу «{ $issue }»: позиция адресата смещается к позиции инициатора.
says-lobbies-failed = добивается поддержки { $whom } по вопросу «{ $issue }», но безрезультатно: шансы составляли { $odds } из 100, и позиция { $target } не меняется.
says-lobbies-no-capital = не располагает дипломатическим капиталом, чтобы добиваться поддержки { $whom }.

says-revises = Rev.{ $revision } документа { $symbol }. { $changes }
says-revises-named = Rev.{ $revision } варианта «{ $draft }». { $changes }
says-new-draft = Вариант «{ $draft }» изменяет текст. { $changes }
says-brackets = Председатель заключает в квадратные скобки то, что остается спорным. { $changes }
says-clears-brackets = Перед принятием решения Председатель предлагает пакет, чтобы снять квадратные скобки. { $changes }
edit-with-why = { $edit } ({ $why }).
why-took-up = с учетом поправки { $who }
why-took-up-group = с учетом поправки группы «{ $group }», представленной делегацией { $who }
why-favoured = { $count ->
        [one] ее поддерживает { $count } делегация
        [few] ее поддерживают { $count } делегации
       *[other] ее поддерживают { $count } делегаций
    }
why-meets = { $more ->
        [0] это снимает возражение { $who }
       *[other] это снимает возражения { $who } и других делегаций (еще: { $more })
    }
why-package = в пакете с пунктом { $number }
says-organizes = Организационная сессия: { $body }. Утверждаются повестка дня и программа работы; решения будут приниматься консенсусом.
says-priority = { $who } хочет, чтобы в итоговом документе по вопросу «{ $issue }» говорилось: «{ $wording }»{ $insists ->
        [yes] {" "}Это объявлено красной линией.
       *[no] {""}
    }
says-warns = { $who } предупреждает, что не сможет присоединиться к консенсусу по { $symbol }, если текст по вопросу «{ $issue }» не изменится{ $red_line ->
        [yes] : он переходит красную линию своего правительства
       *[no] {""}
    }, и просит заключить этот пункт в квадратные скобки.
says-gives-way = { $who } больше не будет настаивать на своей поправке по вопросу «{ $issue }»: { $reason ->
        [compromise] в духе компромисса
        [isolated] эту точку зрения разделяют немногие делегации
       *[group] группа эту точку зрения не разделяет
    }.
says-question = Председатель предлагает принять { $symbol } консенсусом. Есть ли возражения?
says-to-summary = Высказаны возражения. Председатель переносит { $count ->
        [one] пункт { $paragraphs }
       *[other] пункты { $paragraphs }
    } в резюме Председателя, выпускаемое под собственную ответственность Председателя, и вновь спрашивает: есть ли возражения?
says-objects-red-line = { $who } возражает: по вопросу «{ $issue }» текст переходит красную линию своего правительства.
says-objects = { $who } возражает: по вопросу «{ $issue }» текст противоречит полученным указаниям, и отсутствие результата предпочтительнее такого текста.
says-dissociates = { $who } не будет препятствовать консенсусу, но отмежевывается от текста по вопросу «{ $issue }».
says-explains-in-own-words = В порядке разъяснения позиции: «{ $words }»
says-declares-object = { $who } сообщает Председателю, что не сможет присоединиться к консенсусу по { $symbol }.
says-declares-join = { $who } сообщает Председателю, что не будет препятствовать консенсусу по { $symbol }.
says-outcome = Итог по { $symbol }: { $outcome }.
says-consultations-resume = Есть возражения. Председатель прерывает заседание: неофициальные консультации по { $symbol } возобновляются.
says-requests-vote = { $who } просит провести заносимое в отчет о заседании голосование по { $symbol }.
says-explains-vote = { $who } { $vote ->
    [yes] голосовала «за»
    [no] голосовала «против»
   *[abstain] воздержалась
}: { $reason }.
says-aligns = { $who } присоединяется к заявлению { $lead }.
says-named-draft = { $session }: Председатель вносит вариант «{ $draft }» документа { $symbol }.
says-summary-records = Председатель отразит в резюме Председателя, под собственную ответственность, { $count ->
    [one] { $count } предложение, которое поддержали многие делегации, но по которому не удалось достичь согласия
    [few] { $count } предложения, которые поддержали многие делегации, но по которым не удалось достичь согласия
   *[other] { $count } предложений, которые поддержали многие делегации, но по которым не удалось достичь согласия
}: { $items }.
summary-item = по вопросу «{ $issue }»: «{ $wording }»
cue-group = группы «{ $group }»
cue-prior-vote = собственного голосования по { $roll_call } ({ $date })
tally = Заносимое в отчет о заседании голосование: «за» — { $yes }, «против» — { $no }, воздержались — { $abstain }.
says-seat-to-person = Инструктор передает человеку место за столом ({ $seat }).
says-seat-to-ai = Инструктор передает ИИ место за столом ({ $seat }).
says-event = Событие доходит до затронутых делегаций: { $title }.
says-announcement = Обращение к залу: «{ $text }»

final-text = { $number }. { $text }
final-bracketed = { $number }. [{ $text }]
final-summary = { $number }. (резюме Председателя) { $text }
final-deleted = { $number }. (исключен) { $text }

## Стенограмма

transcript-heading = == { $heading }
transcript-count = подсчет по { $symbol } после раунда { $round }: поддерживают — { $supports }, могут согласиться — { $live }, оговорки — { $reservations }, возражают — { $objects }
transcript-final = Текст документа { $symbol } на момент принятия решения:

## Почему действие отклонено

edit-error-no-paragraph = Пункта { $number } нет.
edit-error-not-in-text = Пункта { $number } больше нет в тексте.
edit-error-no-rung = Этой формулировки нет на шкале вопроса.
edit-error-not-available = Этой формулировки еще не существовало во время этих переговоров, или этот орган не мог ее принять.
edit-error-issue-covered = Пункт { $number } уже охватывает этот вопрос: внесите поправку в него.
edit-error-no-issue = Такого вопроса нет.
edit-error-not-bracketed = Пункт { $number } не заключен в квадратные скобки.
edit-error-already-bracketed = Пункт { $number } уже заключен в квадратные скобки.
edit-error-no-summary = У этого органа нет резюме Председателя.

refused-session-over = Сессия окончена.
refused-not-in-this-session = Календарь пока не предусматривает принятия решения: вопрос может быть поставлен на сессии «{ $session }».
refused-no-draft-yet = Проекта для внесения поправок пока нет: Председатель внесет его на сессии «{ $session }».
refused-not-your-seat = Это не ваше место.
refused-penholder-only = Это может сделать только держатель пера по этому тексту.
refused-delegation-only = Это может сделать только делегация.
refused-instructor-only = Это может сделать только инструктор.
refused-no-delegation = Такой делегации нет.
refused-no-issue = Такого вопроса нет.
refused-no-group = Такой группы за столом нет.
refused-not-negotiating = Группа «{ $group }» здесь не ведет переговоры как группа.
refused-no-text = Такого текста нет.
refused-no-event = В этом сценарии нет события номер { $index }.
refused-lobbying-yourself = Делегация не может лоббировать саму себя.
refused-no-capital = Недостаточно дипломатического капитала: осталось { $left }, требуется { $needed } с учетом уже ожидающих попыток лоббирования.
refused-duplicate = Такое же действие уже ожидает.
refused-too-long = Слишком длинный текст: максимум символов — { $max }.
refused-not-yours = Отозвать действие может только тот, кто его совершил.
refused-no-such-move = Это действие больше не ожидает.

## Указания столицы

brief-to = Указания делегации { $state }
brief-to-chair = Указания Председателю
brief-push-for = добиваться формулировки «{ $wording }»
brief-push-for-nothing = не допустить включения в текст какого-либо пункта по этому вопросу
brief-priority = { $issue } (значимость { $salience }): { $push }
brief-priority-hover = Ваша позиция: { $position } по шкале от 0 (молчание или самая слабая формулировка) до 100 (самая сильная).
    Источник: { $source }{ $estimate ->
        [yes] {"\u000A"}Это оценка, а не документально подтвержденная позиция.
       *[no] {""}
    }
brief-red-line = { $issue }: возражать, если текст идет дальше, чем допускает ваше правительство: { $order }.
success-adopted = Текст принят и не переходит ни одной из ваших красных линий.
success-priorities = По каждому приоритету принятый текст близок к вашей позиции (в пределах { $within } пунктов по шкале вопроса): чем ближе, тем лучше.
success-goodwill = Вы сохраняете расположение зала: возражать в одиночку дорого, поэтому блокируйте только из-за красной линии.
success-chair-consensus = Текст принят консенсусом: когда вы спрашиваете «Есть ли возражения?», никто не возражает.
success-chair-keep = Сохранить столько текста, сколько позволяет зал: ослаблять, заключать в квадратные скобки или переносить в резюме Председателя только то, что блокирует.
success-chair-fallback = При отсутствии консенсуса запасной вариант: { $fallback }.
success-chair-time = Время: раундов неофициальных консультаций — { $rounds }.

## Критерии разбора итогов

mark-outcome = Итог: { $outcome }.
mark-undecided = Сессия не завершена.
mark-red-line-held = Красная линия по вопросу «{ $issue }»: соблюдена.
mark-red-line-crossed = Красная линия по вопросу «{ $issue }»: нарушена окончательным текстом.
mark-priority = Приоритет «{ $issue }»: текст гласит { $now }; вы хотели { $wanted }.
mark-no-paragraph = ничего по этому вопросу
mark-verdict = Ваша оценка окончательного текста: { $verdict }.
mark-chair-outcome = Итог: { $outcome } в раунде { $round } из { $rounds }.
mark-kept = Пунктов исходного текста, принятых как согласованный текст: { $kept } из { $opened }; в резюме Председателя: { $summary }.
mark-kept-not-adopted = Текст не принят, поэтому ничего в нем не согласовано (к концу в тексте оставалось пунктов: { $kept } из { $opened }; в резюме Председателя: { $summary }).

change-added = { $paragraph } добавлен: «{ $wording }»
change-weakened = { $paragraph } ослаблен: «{ $wording }»
change-strengthened = { $paragraph } усилен: «{ $wording }»
change-agreed = { $paragraph } согласован (квадратные скобки сняты)
change-bracketed = { $paragraph } заключен в квадратные скобки
change-to-summary = { $paragraph } перенесен в резюме Председателя
change-summarised = В резюме Председателя отражено предложение по вопросу «{ $issue }»: «{ $wording }»
change-deleted = { $paragraph } исключен

## Голосования и возражения

vote-yes = за
vote-no = против
vote-abstain = воздержание
vote-reason-sponsor = является автором текста
vote-reason-declared = в соответствии с заявлением своей делегации
vote-reason-content = может принять текст
vote-reason-reservations = оговорки по вопросу «{ $issue }»
vote-reason-close-call = по вопросу «{ $issue }» текст почти равноценен отсутствию текста: нейтральная позиция
vote-reason-red-line = текст переходит красную линию по вопросу «{ $issue }»
vote-reason-against = по вопросу «{ $issue }» текст противоречит указаниям
vote-reason-prefers-rival = поддерживает { $rival } как более выгодный, прежде всего по вопросу «{ $issue }»
vote-reason-wont-choose = не станет выбирать между этим текстом и { $rival }
vote-reason-follows = ставки невелики: следует примеру { $lead }
vote-reason-cross-pressured = позиция { $lead } тянет в одну сторону, а собственная позиция по вопросу «{ $issue }» — в другую
vote-reason-breaks-away = расходится с позицией { $lead } из-за вопроса «{ $issue }»
vote-reason-as-last-year = придерживается { $lead }: текст этого года изменился недостаточно, чтобы голосовать иначе
vote-reason-moved-since = со времени { $lead } текст сильно изменился: воздерживается, а не голосует как тогда
objection-line = { $state }: { $why }
objection-red-line = по вопросу «{ $issue }» текст переходит красную линию своего правительства
objection-against = по вопросу «{ $issue }» текст противоречит полученным указаниям, и отсутствие текста было бы предпочтительнее

## Команда stances: одна строка на вопрос.
stance-line = { $issue }: идеал { $ideal }, значимость { $salience }{ $red_line }. Источник: { $source }
stance-red-line = , красная линия: { $limit }{ $camp }
stance-camp = {" "}(с лагерем: { $camp })

## Live odds: AI-only runs of the rest of the session from where it stands.
odds-chance = Вероятность консенсуса: { $chance } %
odds-with-tally = { $line } · ожидаемое голосование: «за» — { $yes }, «против» — { $no }, воздержались — { $abstain }
odds-computing = Вероятность консенсуса: …
odds-updating = { $line } (обновляется…)
odds-explained = По { $runs } прогонам оставшейся части сессии с этого момента, в которых все места, включая ваше и место Председателя, занимает ИИ, с уже внесенными предложениями. Лишь оценочные позиции и еще никем не заявленные красные линии заново разыгрываются в каждом прогоне.
odds-explained-waiting = Вероятность консенсуса рассчитывается по прогонам оставшейся части сессии, в которых играет только ИИ.
odds-what-if = С этой формулировкой: { $chance } % ({ $change })
odds-what-if-computing = С этой формулировкой: …
odds-what-if-explained = По { $runs } прогонам, в которых эта формулировка предложена сейчас, в сравнении с теми же { $runs } прогонами без нее: как она изменит вероятность консенсуса, прежде чем вы ее предложите.
odds-no-change = без изменений
