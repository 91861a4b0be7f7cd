# oewg-sim، العربية: ما يُقال في القاعة، والسجل، والتصدير.
# المتغيرات مكتوبة بين { $name }. الأسماء الآتية من البيانات (الدول، والمسائل، والصيغ، والمجموعات) تصل في
# شكل متغيرات؛ ويمكن للترجمة أيضًا أن تستبدلها بمفاتيح مبنية من معرّفاتها: state-CUB، issue-binding_instrument،
# wording-binding_instrument-0، group-EU، body-oewg، scenario-oewg_2019-title، scenario-oewg_2019-text-0.
# الأفعال التي يكون فاعلها { $who } مذكّرة: «وفد ...» و«ممثل المجموعة» و«الرئيس» و«الخبير».

## أسماء الأشياء التي يعرفها النموذج

language-name = العربية

verdict-supports = يؤيد
    .letter = م
verdict-can-live-with = يمكنه القبول
    .letter = ق
verdict-reservations = لديه تحفظات
    .letter = ت
verdict-objects = يعترض
    .letter = ع

outcome-consensus = اعتُمد بتوافق الآراء
outcome-consensus-with-chair-summary = اعتُمد بتوافق الآراء، مع إصدار موجز للرئيس على مسؤولية الرئيس الخاصة
outcome-no-consensus = لم يتحقق توافق في الآراء
outcome-adopted-by-vote = اعتُمد بتصويت مسجل
outcome-rejected-by-vote = رُفض في تصويت مسجل

phase-opening = الافتتاح
phase-general-exchange = تبادل عام للآراء
phase-consultations = مشاورات غير رسمية
phase-revision = المشروع المنقح
phase-adoption = الاعتماد
phase-concluded = انتهت

fallback-no-report = عدم صدور تقرير
fallback-chair-summary = موجز للرئيس
fallback-recorded-vote = تصويت مسجل

region-african = مجموعة الدول الأفريقية
region-asia-pacific = مجموعة دول آسيا والمحيط الهادئ
region-eastern-european = مجموعة دول أوروبا الشرقية
region-grulac = مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي
region-weog = مجموعة دول أوروبا الغربية ودول أخرى

source-sponsorship = تقديم النص: { $roster }{ $date }
source-statement = بيان: { $document }{ $symbol }، { $date }: { $says }
source-group = موقف المجموعة: { $document }{ $symbol }، { $date }: { $says }
source-symbol = {" "}({ $symbol })
source-dated = ، { $date }
source-estimate = تقدير: { $text }
source-vote = تصويت مسجل على { $roll_call }{ $meeting }، { $date }: { $vote ->
        [yes] صوّت مؤيدًا
        [no] صوّت معارضًا
       *[abstain] امتنع عن التصويت
    }

issue-numbered = { $item } { $title }
list-and = { $init } و{ $last }
quoted = «{ $text }»
seat-chair = الرئيس

## من المتكلم

speaker-chair = الرئيس
speaker-instructor = المدرّب
speaker-for-group = { $state } باسم { $group }
subject-group = ممثل المجموعة
subject-chair = الرئيس
subject-delegation = وفد { $state }
subject-expert = الخبير المعيَّن من { $state }
speaker-expert = خبير من { $state }

statement-line = [{ $round }] { $speaker }: { $says }

## ما يُقال

paragraph-ref = الفقرة { $number } ({ $issue })
paragraph-ref-title = الفقرة { $number } ({ $issue })
paragraph-absent = عدم وجود فقرة بشأن { $issue }

limit-nothing-stronger = لا يمكنه قبول أي صيغة أقوى من «{ $wording }»
limit-at-least = يلزمه أن ينص النص على الأقل على «{ $wording }»
limit-no-paragraph = لا يمكنه قبول أي فقرة بشأن هذه المسألة على الإطلاق
limit-beyond-every-wording = لا توجد صيغة مطروحة تذهب بعيدًا بما يكفي بالنسبة إليه

says-tables = افتتاح الأعمال: { $body }. يُعرض المشروع «{ $title }» ({ $symbol })، وعدد فقراته: { $paragraphs }؛ وتُتخذ القرارات بتوافق الآراء.
says-tables-draft = يعرض الرئيس المشروع «{ $title }» ({ $symbol })، وعدد فقراته: { $paragraphs }.
says-on-behalf = باسم { $group }: { $statement }

position-red-line = { $who } لا يمكنه قبول { $paragraph }: { $limit }. ولن ينضم إلى توافق الآراء بشأن نص يتضمن ذلك.
position-objects = { $who } لا يمكنه تأييد المشروع بصيغته الحالية: ففي { $paragraph } { $direction ->
        [too-far] تجاوزٌ لما ينبغي
       *[not-far-enough] قصورٌ عما ينبغي
    }، وعدم التوصل إلى أي نتيجة أفضل له من هذا النص.
position-reservations = { $who } لديه تحفظات: ففي { $paragraph } { $direction ->
        [too-far] تجاوزٌ لما ينبغي
       *[not-far-enough] قصورٌ عما ينبغي
    }. ويطلب إلى الرئيس إعادة النظر في ذلك.
position-can-live-with = { $who } يمكنه قبول المشروع، وإن كان في { $paragraph } { $direction ->
        [too-far] ذهابٌ أبعد مما يرغب فيه
       *[not-far-enough] قصورٌ عما يرغب فيه
    }.
position-supports = { $who } يؤيد المشروع ويشكر الرئيس على نص متوازن.

says-proposes = يقترح { $proposal }.
propose-reword = تعديل الفقرة { $number } ({ $issue }) ليصبح نصها: «{ $wording }»
propose-insert = إضافة فقرة جديدة بشأن { $issue }: «{ $wording }»
propose-bracket = وضع الفقرة { $number } ({ $issue }) بين أقواس معقوفة
propose-unbracket = إزالة الأقواس المعقوفة من حول الفقرة { $number } ({ $issue })
propose-delete = حذف الفقرة { $number } ({ $issue })
propose-to-summary = نقل الفقرة { $number } ({ $issue }) إلى موجز الرئيس

edit-reword = أصبح نص الفقرة { $number } ({ $issue }) كما يلي: «{ $wording }»
edit-insert = فقرة جديدة بشأن { $issue }: «{ $wording }»
edit-bracket = توضع الفقرة { $number } ({ $issue }) بين أقواس معقوفة.
edit-unbracket = تُزال الأقواس المعقوفة من حول الفقرة { $number } ({ $issue }).
edit-delete = تُحذف الفقرة { $number } ({ $issue }).
edit-to-summary = تُنقل الفقرة { $number } ({ $issue }) إلى موجز الرئيس.

lobby-through-group = { $group } عن طريق منسق المجموعة، { $coordinator }
says-lobbies-moved = يسعى إلى كسب تأييد { $whom } بشأن { $issue }: فيقترب موقف الطرف المعني من النص.
says-lobbies-for-change = يسعى إلى إقناع { $whom } بتغيير النص بشأن { $issue }: فيقترب موقف الطرف المعني من موقف الساعي.
says-lobbies-failed = يسعى إلى كسب تأييد { $whom } بشأن { $issue }، دون جدوى: كانت فرص النجاح { $odds } من 100، وظل موقف { $target } على حاله.
says-lobbies-no-capital = لم يعد لديه رصيد دبلوماسي يكفي لكسب تأييد { $whom }.

says-revises = Rev.{ $revision } من { $symbol }. { $changes }
says-revises-named = Rev.{ $revision } من «{ $draft }». { $changes }
says-new-draft = أُدخلت على النص تعديلات في «{ $draft }». { $changes }
says-brackets = يضع الرئيس بين أقواس معقوفة ما لا يزال موضع خلاف. { $changes }
says-clears-brackets = قبل اتخاذ القرار، يقترح الرئيس مجموعة توفيقية لإزالة الأقواس المعقوفة. { $changes }
edit-with-why = { $edit } ({ $why }).
why-took-up = أخذًا بالتعديل المقدم من { $who }
why-took-up-group = أخذًا بتعديل { $group }، الذي قدمه { $who }
why-favoured = { $count ->
        [zero] لا يؤيده أي وفد
        [one] يؤيده وفد واحد
        [two] يؤيده وفدان
        [few] يؤيده { $count } وفود
        [many] يؤيده { $count } وفدًا
       *[other] يؤيده { $count } وفد
    }
why-meets = { $more ->
        [0] يستجيب لاعتراض { $who }
       *[other] يستجيب لاعتراضات { $who } ولاعتراضات وفود أخرى (عددها { $more })
    }
why-package = ضمن مجموعة توفيقية مع الفقرة { $number }
says-organizes = الدورة التنظيمية: { $body }. يُقر جدول الأعمال وبرنامج العمل، وستُتخذ القرارات بتوافق الآراء.
says-priority = { $who } يريد أن تنص الوثيقة الختامية، بشأن { $issue }، على ما يلي: «{ $wording }»{ $insists ->
        [yes] {" "}وقد جعل ذلك خطًا أحمر.
       *[no] {""}
    }
says-warns = { $who } يحذر من أنه لن يتمكن من الانضمام إلى توافق الآراء بشأن { $symbol } ما لم يتغير النص بشأن { $issue }{ $red_line ->
        [yes] : فهو يتجاوز خطًا أحمر لحكومته
       *[no] {""}
    }؛ ويطلب وضع الفقرة بين أقواس معقوفة.
says-gives-way = { $who } لن يواصل التمسك بتعديله بشأن { $issue }: { $reason ->
        [compromise] فهو يتنازل بروح التوافق
        [isolated] فقلة من الوفود تشاطره رأيه
       *[group] فمجموعته لا تشاطره هذا الرأي
    }.
says-question = يقترح الرئيس اعتماد { $symbol } بتوافق الآراء. هل هناك أي اعتراض؟
says-to-summary = سُمعت اعتراضات. ينقل الرئيس { $count ->
        [one] الفقرة { $paragraphs }
        [two] الفقرتين { $paragraphs }
       *[other] الفقرات { $paragraphs }
    } إلى موجز للرئيس يصدر على مسؤوليته الخاصة، ويسأل مجددًا: هل هناك أي اعتراض؟
says-objects-red-line = { $who } يعترض: فالنص، بشأن { $issue }، يتجاوز خطًا أحمر لحكومته.
says-objects = { $who } يعترض: فالنص، بشأن { $issue }، يتعارض مع تعليماته، وهو يفضل عدم التوصل إلى أي نتيجة على هذا النص.
says-dissociates = { $who } لن يقف في طريق توافق الآراء، لكنه ينأى بنفسه عن النص بشأن { $issue }.
says-explains-in-own-words = تعليلًا للموقف: «{ $words }»
says-declares-object = { $who } يبلغ الرئيس بأنه لن يتمكن من الانضمام إلى توافق الآراء بشأن { $symbol }.
says-declares-join = { $who } يبلغ الرئيس بأنه لن يقف في طريق توافق الآراء بشأن { $symbol }.
says-outcome = النتيجة بشأن { $symbol }: { $outcome }.
says-consultations-resume = هناك اعتراضات. يعلّق الرئيس الجلسة: تُستأنف المشاورات غير الرسمية بشأن { $symbol }.
says-requests-vote = { $who } يطلب إجراء تصويت مسجل على { $symbol }.
says-explains-vote = { $who } { $vote ->
    [yes] صوّت مؤيدًا
    [no] صوّت معارضًا
   *[abstain] امتنع عن التصويت
}: { $reason }.
says-aligns = { $who } يضم صوته إلى البيان المدلى به باسم { $lead }.
says-named-draft = { $session }: يعرض الرئيس «{ $draft }» من { $symbol }.
says-summary-records = سيورد الرئيس في موجز الرئيس، على مسؤوليته الخاصة، { $count ->
    [one] اقتراحًا أيدته وفود كثيرة لكن تعذر الاتفاق عليه
    [two] اقتراحين أيدتهما وفود كثيرة لكن تعذر الاتفاق عليهما
   *[other] { $count } من الاقتراحات التي أيدتها وفود كثيرة لكن تعذر الاتفاق عليها
}: { $items }.
summary-item = بشأن { $issue }، «{ $wording }»
cue-group = { $group }
cue-prior-vote = تصويته هو نفسه على { $roll_call } ({ $date })
tally = تصويت مسجل: المؤيدون { $yes }، المعارضون { $no }، الممتنعون { $abstain }.
says-seat-to-person = يسند المدرّب مقعد { $seat } إلى شخص.
says-seat-to-ai = يسند المدرّب مقعد { $seat } إلى الذكاء الاصطناعي.
says-event = حدث يصل إلى الوفود المعنية: { $title }.
says-announcement = إلى القاعة: «{ $text }»

final-text = { $number }. { $text }
final-bracketed = { $number }. [{ $text }]
final-summary = { $number }. (موجز الرئيس) { $text }
final-deleted = { $number }. (محذوفة) { $text }

## المحضر

transcript-heading = == { $heading }
transcript-count = العدّ بشأن { $symbol } بعد الجولة { $round }: المؤيدون { $supports }، القابلون { $live }، المتحفظون { $reservations }، المعترضون { $objects }
transcript-final = نص الوثيقة { $symbol } عند اتخاذ القرار:

## لماذا يُرفض إجراء

edit-error-no-paragraph = لا توجد فقرة { $number }.
edit-error-not-in-text = لم تعد الفقرة { $number } موجودة في النص.
edit-error-no-rung = هذه الصيغة ليست على سلّم صيغ المسألة.
edit-error-not-available = لم تكن هذه الصيغة موجودة بعد وقت هذه المفاوضات، أو لم يكن بوسع هذه الهيئة اعتمادها.
edit-error-issue-covered = الفقرة { $number } تتناول هذه المسألة بالفعل: عدّلها بدلًا من ذلك.
edit-error-no-issue = لا توجد مسألة كهذه.
edit-error-not-bracketed = الفقرة { $number } ليست بين أقواس معقوفة.
edit-error-already-bracketed = الفقرة { $number } موضوعة بالفعل بين أقواس معقوفة.
edit-error-no-summary = ليس لهذه الهيئة موجز للرئيس.

refused-session-over = انتهت الجلسة.
refused-not-in-this-session = لا ينص الجدول الزمني بعد على اتخاذ قرار: يمكن طرح المسألة في «{ $session }».
refused-no-draft-yet = لا يوجد بعد مشروع لتعديله: سيعرضه الرئيس في «{ $session }».
refused-not-your-seat = هذا ليس مقعدك.
refused-penholder-only = لا يستطيع ذلك إلا حامل القلم لهذا النص.
refused-delegation-only = لا يستطيع ذلك إلا وفد.
refused-instructor-only = لا يستطيع ذلك إلا المدرّب.
refused-no-delegation = لا يوجد وفد كهذا.
refused-no-issue = لا توجد مسألة كهذه.
refused-no-group = لا توجد مجموعة كهذه حول الطاولة.
refused-not-negotiating = لا تتفاوض { $group } هنا بوصفها مجموعة.
refused-no-text = لا يوجد نص كهذا.
refused-no-event = لا يوجد حدث رقمه { $index } في هذا السيناريو.
refused-lobbying-yourself = لا يمكن لوفد أن يسعى إلى كسب تأييد نفسه.
refused-no-capital = الرصيد الدبلوماسي غير كافٍ: المتبقي { $left }، والمطلوب { $needed } مع احتساب مساعي كسب التأييد المنتظرة.
refused-duplicate = الإجراء نفسه منتظر بالفعل.
refused-too-long = النص طويل جدًا: الحد الأقصى لعدد الأحرف { $max }.
refused-not-yours = لا يسحب الإجراء إلا من قام به.
refused-no-such-move = لم يعد هذا الإجراء منتظرًا.

## تعليمات العاصمة

brief-to = تعليمات إلى وفد { $state }
brief-to-chair = توجيهات الرئيس
brief-push-for = السعي إلى «{ $wording }»
brief-push-for-nothing = إبقاء النص خاليًا من أي فقرة بشأن ذلك
brief-priority = { $issue } (الأهمية { $salience }): { $push }
brief-priority-hover = موقفك: { $position } على مقياس من 0 (السكوت أو أضعف صيغة) إلى 100 (أقوى صيغة).
    المصدر: { $source }{ $estimate ->
        [yes] {"\u000A"}هذا تقدير، وليس موقفًا موثقًا.
       *[no] {""}
    }
brief-red-line = { $issue }: الاعتراض إذا ذهب النص أبعد مما تسمح به حكومتك: { $order }.
success-adopted = يُعتمد النص دون أن يتجاوز أيًا من خطوطك الحمراء.
success-priorities = في كل أولوية، يأتي النص المعتمد قريبًا من موقفك (في حدود { $within } نقطة على مقياس المسألة): كلما اقترب كان أفضل.
success-goodwill = احتفظ بحسن نية القاعة: الاعتراض منفردًا مكلف، فلا تعرقل إلا بسبب خط أحمر.
success-chair-consensus = نص معتمد بتوافق الآراء: حين تسأل «هل هناك أي اعتراض؟» لا يعترض أحد.
success-chair-keep = الإبقاء على أكبر قدر من النص تسمح به القاعة: لا تضعف ولا تضع بين أقواس معقوفة ولا تنقل إلى موجز الرئيس إلا ما يعرقل.
success-chair-fallback = في حال عدم تحقق توافق الآراء، يكون البديل: { $fallback }.
success-chair-time = الوقت: جولات المشاورات غير الرسمية: { $rounds }.

## معايير التقييم الختامي

mark-outcome = النتيجة: { $outcome }.
mark-undecided = لم تنته الجلسة.
mark-red-line-held = الخط الأحمر بشأن { $issue }: صمد.
mark-red-line-crossed = الخط الأحمر بشأن { $issue }: تجاوزه النص النهائي.
mark-priority = الأولوية { $issue }: يقول النص { $now }؛ وكنت تريد { $wanted }.
mark-no-paragraph = لا شيء بشأنها
mark-verdict = حكمك على النص النهائي: { $verdict }.
mark-chair-outcome = النتيجة: { $outcome } في الجولة { $round } من { $rounds }.
mark-kept = فقرات النص الأصلي المعتمدة بوصفها نصًا متفقًا عليه: { $kept } من { $opened }؛ وفي موجز الرئيس: { $summary }.
mark-kept-not-adopted = لم يُعتمد النص، فلا شيء منه متفق عليه (بقيت في النص في النهاية { $kept } من { $opened } فقرة؛ وفي موجز الرئيس: { $summary }).

change-added = أُضيفت { $paragraph }: «{ $wording }»
change-weakened = خُففت { $paragraph }: «{ $wording }»
change-strengthened = عُززت { $paragraph }: «{ $wording }»
change-agreed = اتُّفق على { $paragraph } (أُزيلت الأقواس المعقوفة)
change-bracketed = وُضعت { $paragraph } بين أقواس معقوفة
change-to-summary = نُقلت { $paragraph } إلى موجز الرئيس
change-summarised = يسجل موجز الرئيس اقتراحًا بشأن { $issue }: «{ $wording }»
change-deleted = حُذفت { $paragraph }

## التصويت والاعتراضات

vote-yes = مؤيد
vote-no = معارض
vote-abstain = ممتنع
vote-reason-sponsor = من مقدمي النص
vote-reason-declared = كما أعلن وفده
vote-reason-content = يمكنه قبول النص
vote-reason-reservations = تحفظات بشأن { $issue }
vote-reason-close-call = النص، بشأن { $issue }، لا يكاد يساوي عنده أكثر من عدم وجود نص: لن ينحاز إلى أي جانب
vote-reason-red-line = النص يتجاوز خطه الأحمر بشأن { $issue }
vote-reason-against = النص، بشأن { $issue }، يتعارض مع تعليماته
vote-reason-prefers-rival = يؤيد { $rival }، الذي يخدمه على نحو أفضل، لا سيما بشأن { $issue }
vote-reason-wont-choose = لن يختار بين هذا النص وبين { $rival }
vote-reason-follows = المخاطر ضئيلة بالنسبة إليه، فيصوت على غرار { $lead }
vote-reason-cross-pressured = تتجاذبه جهتان: { $lead } من ناحية، وموقفه هو بشأن { $issue } من ناحية أخرى
vote-reason-breaks-away = يفترق عن { $lead } بسبب { $issue }
vote-reason-as-last-year = يتمسك بـ{ $lead }: لم يتغير نص هذا العام بما يكفي ليصوت على نحو مختلف
vote-reason-moved-since = تغيّر النص كثيرًا منذ { $lead }: لم يعد يصوت كما صوّت آنذاك، فيمتنع عن التصويت
objection-line = { $state }: { $why }
objection-red-line = النص، بشأن { $issue }، يتجاوز خطًا أحمر لحكومته
objection-against = النص، بشأن { $issue }، يتعارض مع تعليماته، وعدم وجود نص أفضل له

## الأمر stances: سطر واحد لكل مسألة.
stance-line = { $issue }: المثالي { $ideal }، الأهمية { $salience }{ $red_line }. المصدر: { $source }
stance-red-line = ، الخط الأحمر: { $limit }{ $camp }
stance-camp = {" "}(مع المعسكر: { $camp })

## Live odds: AI-only runs of the rest of the session from where it stands.
odds-chance = احتمال توافق الآراء: { $chance }٪
odds-with-tally = { $line } · التصويت المتوقع: المؤيدون { $yes }، المعارضون { $no }، الممتنعون { $abstain }
odds-computing = احتمال توافق الآراء: …
odds-updating = { $line } (جارٍ التحديث…)
odds-explained = استنادًا إلى { $runs } محاكاة لبقية الدورة من هذه النقطة يتولى فيها الذكاء الاصطناعي جميع المقاعد، بما فيها مقعدك ومقعد الرئيس، مع المقترحات المقدمة بالفعل. وتُسحب من جديد في كل محاكاة المواقف المقدّرة فقط والخطوط الحمراء التي لم يعلنها أحد بعد.
odds-explained-waiting = يجري حساب احتمال توافق الآراء من محاكاة لبقية الدورة يتولى فيها الذكاء الاصطناعي جميع المقاعد.
odds-what-if = بهذه الصيغة: { $chance }٪ ({ $change })
odds-what-if-computing = بهذه الصيغة: …
odds-what-if-explained = استنادًا إلى { $runs } محاكاة تُقترح فيها هذه الصيغة الآن، مقارنةً بالمحاكاة نفسها وعددها { $runs } من دونها: أثرها في احتمال توافق الآراء قبل أن تقترحها.
odds-no-change = دون تغيير
