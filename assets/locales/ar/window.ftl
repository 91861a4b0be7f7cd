# oewg-sim، العربية: النافذة.

window-title = oewg-sim: دبلوماسية توافق الآراء بشأن أمن تكنولوجيا المعلومات والاتصالات
bullet = - { $text }
numbered = { $number }. { $text }
button-back = رجوع
button-close = إغلاق

## شاشة البداية

title-name = oewg-sim
title-tagline = دبلوماسية توافق الآراء في الفريق العامل المفتوح العضوية التابع للأمم المتحدة المعني بأمن تكنولوجيا المعلومات والاتصالات
title-blurb = صُغ نص مشروع القرار فقرة فقرة؛ يجيب كل وفد؛ وعند اتخاذ القرار، إما توافق الآراء وإما سبب كل اعتراض.
title-tutorial = التعلّم: الدرس التعليمي، بصفة الرئيس
title-tutorial-hover = عشرة وفود وست فقرات: جد صيغة يمكن للجميع قبولها، ثم اسأل «هل هناك أي اعتراض؟».
title-new-here = جديد هنا؟ ابدأ بالدرس التعليمي: تشرح اللعبة كل خطوة أثناء اللعب.
title-new-session = جلسة جديدة
title-new-session-hover = اختر سيناريو ووفدًا، أو الرئاسة.
title-host = استضافة صف
title-host-hover = ينضم الطلاب من متصفحاتهم على هذه الشبكة؛ وتصبح هذه النافذة وحدة تحكم المدرّب
new-host = استضافة الصف
new-host-hover = فتح الصف على هذه الشبكة بهذا السيناريو؛ ينضم الطلاب من متصفحاتهم ويتولى الذكاء الاصطناعي كل مقعد لا يشغله أحد
title-continue = متابعة
title-back-to = العودة إلى { $session }
title-resume-autosave = استئناف الحفظ التلقائي: { $session }
title-nothing-to-continue = لا توجد جلسة لمتابعتها بعد
title-load = تحميل
title-hide-saves = إخفاء المحفوظات
title-no-saves = لا محفوظات بعد: يحفظ Ctrl+S الجلسة أثناءها.
title-unreadable = { $save } (غير مقروء)
title-settings = الإعدادات
title-quit = خروج
title-live = { $scenario }، الجولة { $round } من { $rounds }
title-save = { $scenario }، { $who }، الجولة { $round }، { $phase }
title-save-watching = مشاهدة
title-save-line = { $when }  { $save }
title-load-refused = تعذر تحميل الملف المحفوظ؛ لم يتغير شيء. { $error }
title-no-tutorial = سيناريو الدرس التعليمي مفقود أو لا يُحمَّل.

## جلسة جديدة

new-heading = جلسة جديدة
new-scenario = 1. السيناريو
new-start-here = ابدأ من هنا
new-card-facts = { $body } · { $year } · الوفود: { $seats } · { $texts ->
        [one] نص واحد
        [two] نصان
       *[other] النصوص: { $texts }
    } · الجولات: { $rounds } · في حال عدم تحقق توافق الآراء: { $fallback }
new-does-not-load = لا يُحمَّل: { $error }
new-choose-scenario = اختر سيناريو.
new-seed = البذرة
new-seed-hover = البذرة نفسها والإجراءات نفسها تعطي الجلسة نفسها. وتُستمد منها المواقف غير المعروفة (التقديرات).
new-role = 2. مقعدك
new-several = عدة أشخاص على هذا الجهاز
new-several-hover = يشغل كل شخص مقعدًا ويلعب بدوره؛ وبين الأدوار تخفي الشاشة تعليمات الجميع (H لتسليم الدور).
new-chair = الرئيس
new-watch = مشاهدة الذكاء الاصطناعي يلعب
new-or-delegation = أو وفد:
new-search-hint = البحث بالاسم أو الرمز أو المجموعة (مثل كوبا، FRA، آسيان)
new-shown = الوفود المعروضة: { $shown } من { $total }
new-seat-row = { $code }  { $name }
new-you-chair = ستتولى الرئاسة.
new-you-watch = سيتولى الذكاء الاصطناعي كل المقاعد.
new-you-delegation = ستكون وفد { $state }.
new-choose-role = اختر مقعدًا.
new-read-instructions = اقرأ تعليماتك

## التعليمات

instructions-watching = مشاهدة
instructions-watching-explained = يتولى الذكاء الاصطناعي كل المقاعد. اضغط P ليواصل اللعب أو Space للتقدم خطوة خطوة؛ وانقر أي مقعد لترى لماذا يقف الوفد حيث يقف.
instructions-how-a-session-runs = كيف تسير الجلسة
instructions-step-1 = يعرض الرئيس المشروع؛ وتعرض الوفود والمجموعات مواقفها.
instructions-step-2 = مشاورات غير رسمية: اقترح صيغًا، واسعَ لكسب التأييد، وراقب تحرك القاعة.
instructions-step-3 = يصدر حامل القلم مشروعًا منقحًا؛ ويجوز وضع الفقرات المختلف عليها بين أقواس معقوفة.
instructions-step-4 = «هل هناك أي اعتراض؟» اعتراض واحد يعرقل توافق الآراء؛ وعندئذ يُطبق البديل.
instructions-keys = اضغط I أثناء الجلسة لرؤية هذه التعليمات مجددًا، وG لمسرد المصطلحات.
instructions-take-seat = اشغل مقعدك
brief-priorities = أولوياتك، الأهم أولًا
brief-red-lines = خطوطك الحمراء
brief-red-line-hover = الخطوط الحمراء في البيانات المرفقة تقديرات، وموسومة بذلك؛ ويصمد كل منها باحتمال يحدده السيناريو.
brief-no-red-lines = لا خطوط حمراء: يمكنك قبول أي صيغة، ولكن بثمن.
brief-success = كيف يبدو النجاح

how-heading = طريقة اللعب
how-chair-1 = انقر مقعدًا أحمر (ع) لترى لماذا يعترض ذلك الوفد: الفقرة، والمسألة، والخط الأحمر.
how-chair-2 = في المشروع (على اليمين)، افتح صيغ فقرة، واقرأ كلًا منها كاملة مع أثرها في القاعة، وأعد الصياغة؛ أو ضع الفقرة بين أقواس معقوفة، أو احذفها، أو انقلها إلى موجز الرئيس.
how-chair-3 = التعديلات التي تقترحها الوفود مدرجة على الطاولة؛ و«قبول» يأخذ بأحدها.
how-chair-4 = Space ينفذ الخطوة التالية. حين يشير الشريط إلى «لا اعتراضات»، ادعُ إلى الاعتماد (A).
how-delegation-1 = يعرض المفتش (على اليسار) حكمك على المشروع وأسبابه؛ انقر أي مقعد لترى حكم وفد آخر.
how-delegation-2 = في المشروع (على اليمين)، افتح صيغ فقرة واقترح إحداها، أو اقترح فقرة جديدة، أو اكتب فقرة بكلماتك الخاصة: يقرؤها معجم السيناريو، وما تعرضه هو كلماتك.
how-delegation-3 = اسعَ لكسب تأييد وفد من مقعده (تُعرض فرص النجاح أولًا)، أو مجموعة تفاوضية عن طريق منسقها (اختر المجموعة فوق القاعة). كل محاولة تستهلك من الرصيد الدبلوماسي.
how-delegation-4 = ينقح الرئيس النص بعد كل جولة مشاورات ويدعو إلى الاعتماد حين لا يعرقل أحد. موقفك عند اتخاذ القرار وتعليلك للموقف تحت كل مشروع. Space ينفذ الخطوة التالية.
how-watching-1 = Space ينفذ الخطوة التالية، وP يترك الذكاء الاصطناعي يلعب؛ انقر أي مقعد لترى لماذا يقف الوفد حيث يقف.

## الشريط

bar-phase = المرحلة: { $phase }
bar-round = الجولة { $round } من { $rounds } (المتبقي: { $left })
bar-decision = القرار: بتوافق الآراء؛ وإلا، { $fallback }
bar-you-delegation = أنت وفد { $state }
bar-you-chair = أنت الرئيس (حامل القلم)
bar-you-watch = أنت تشاهد لعبًا يتولاه الذكاء الاصطناعي وحده
bar-capital = · الرصيد { $capital }
bar-hand-over = تسليم الدور (H)
bar-hand-over-hover = يشغل الشخص التالي على هذا الجهاز مقعده؛ وتخفي الشاشة كل شيء حتى يحضر.
bar-ai-paused = الذكاء الاصطناعي متوقف مؤقتًا (Space: الخطوة التالية، P: تشغيل)
bar-ai-running = الذكاء الاصطناعي يعمل (P: إيقاف مؤقت)
bar-step-hover = ينفذ الخطوة التالية من الجلسة (Space).
bar-instructions = التعليمات (I)
bar-glossary = المسرد (G)
bar-save = حفظ (Ctrl+S)
bar-settings = الإعدادات
bar-menu = القائمة (Esc)
bar-debrief = التقييم الختامي (D)
bar-outcome = { $symbol }: { $outcome }
count-no-objections = توافق الآراء: لا اعتراضات
count-objections = توافق الآراء: { $count ->
        [one] اعتراض واحد
        [two] اعتراضان
        [few] { $count } اعتراضات
        [many] { $count } اعتراضًا
       *[other] { $count } اعتراض
    } ({ $codes }{ $more ->
        [0] {""}
       *[other] {" "}و{ $more } غيرها
    })
count-for-text = { $symbol }: { $count }

step-open = افتتاح الجلسة: عرض المشروع (Space)
step-general-exchange = الاستماع إلى التبادل العام للآراء (Space)
step-suspend = تعليق الجلسة لإجراء مشاورات غير رسمية (Space)
step-consultations = إجراء مشاورات غير رسمية (Space)
step-resume = استئناف الجلسة (Space)
step-revision = المشروع المنقح (Space)
step-question = طرح السؤال: هل هناك أي اعتراض؟ (Space)
step-concluded = انتهت

next-press-space = اضغط Space للخطوة التالية
next-ai-runs = يتحرك الذكاء الاصطناعي بالسرعة التي اخترتها (P للإيقاف المؤقت)
next-concluded = انتهت الجلسة: اضغط D أو الزر للتقييم الختامي.
next-opening = عُرض المشروع وتعرض الوفود مواقفها: { $step }.
next-adoption = يسأل الرئيس «هل هناك أي اعتراض؟»: { $step }.
next-chair-no-objections = لا أحد يعترض: ادعُ إلى الاعتماد (A) ما دام الأمر كذلك، أو حسّن النص أولًا.
next-chair-objections = { $count ->
        [one] يعترض وفد واحد
        [two] يعترض وفدان
        [few] يعترض { $count } وفود
        [many] يعترض { $count } وفدًا
       *[other] يعترض { $count } وفد
    }: انقر مقعدًا أحمر لترى السبب، ثم أعد صياغة الفقرة أو ضعها بين أقواس معقوفة أو انقلها إلى موجز للرئيس؛ { $step }.
next-delegation-consultations = مشاورات غير رسمية: اقترح صيغة (المشروع، على اليمين) أو اسعَ لكسب تأييد وفد (انقر مقعده)؛ { $step }.
next-delegation-revision = ينقح حامل القلم النص، موازنًا بين التعديلات: { $step }.
next-watching = لعب يتولاه الذكاء الاصطناعي وحده: { $step }.

## الإجراءات المنتظرة

pending-heading = { $count ->
        [one] إجراؤك المنتظر
        [two] إجراءاك المنتظران
       *[other] إجراءاتك المنتظرة: { $count }
    }
pending-withdraw = سحب { $number }
pending-propose = تقترح { $proposal }.
pending-lobby = تسعى إلى كسب تأييد { $state } بشأن { $issue }.
pending-call = تدعو إلى الاعتماد.
pending-event = تُدخل الحدث «{ $title }».
pending-announce = تقول للقاعة: «{ $text }»
pending-declare = عند اتخاذ القرار ستقوم بما يلي: { $stand }.
pending-assign = مقعد ينتقل إلى شخص آخر.
pending-no-longer-fits = تعديل لم يعد يناسب النص (سيُرفض).
pending-when-now = يُنفذ عند انتهاء المشاورات (الخطوة التالية).
pending-when-consultations = يُنفذ في المشاورات غير الرسمية القادمة.
pending-when-revision = يُرد عليه بعد المشروع المنقح: حينها يُطرح السؤال.
pending-when-next-step = يُحتسب من الخطوة التالية.

## القاعة

room-heading = القاعة: عدد الوفود { $count }
room-everyone = الجميع
room-verdict-count = { $verdict } { $count }
room-lobby-group = السعي لكسب تأييد { $group } عن طريق منسقها، { $coordinator }، بشأن
room-lobby-choose-issue = مسألة
room-lobby-issue = { $issue } (فرص النجاح { $odds } من 100)
room-lobby-button = السعي لكسب تأييد { $group }
seat-hover = { $state }: { $verdict }{ $why }
seat-red-line = ، خط أحمر بشأن { $issue }
seat-mostly = ، بسبب { $issue } أساسًا

## المشروع

draft-heading = { $symbol } ({ $label })
draft-label-rev = Rev.{ $revision }
draft-label-named-rev = { $draft }، Rev.{ $revision }
draft-label-tabled = بصيغته المقدمة
draft-call-for-adoption = الدعوة إلى الاعتماد
draft-call-for-adoption-hover = يسأل الرئيس «هل هناك أي اعتراض؟». اعتراض واحد يعرقل توافق الآراء؛ وعندئذ يُطبق بديل الهيئة. لا يمكن اعتماد نص بين أقواس معقوفة.
draft-amendments = التعديلات المطروحة ({ $count })
draft-accept-amendment = قبول التعديل { $number }
draft-accept-when = تدخل التعديلات المقبولة في النص في المشاورات غير الرسمية القادمة.
amendment-by = اقتراح من { $state }: { $proposal }
draft-own-words = بكلمات مقدم الاقتراح
draft-own-words-hover = كتب وفد هذه الفقرة؛ وتقرؤها القاعة على أنها الصيغة من السلّم المعروضة عند فتح صيغها.
draft-bracketed = بين أقواس معقوفة
draft-you = أنت: { $verdict }
draft-you-red-line = أنت: تُجووز خطك الأحمر
draft-you-hover = ما تعنيه هذه الفقرة وحدها لوفدك.
draft-open-wordings = صيغ الفقرة { $number }
draft-close-wordings = إغلاق الصيغ
draft-ladder-explained = كل صيغة ممكنة لهذه الفقرة، من الأقوى إلى الأضعف، وأثر كل منها: حكمك على النص كله، وعدد الوفود التي ستعترض.
draft-ladder-current = في النص حاليًا
draft-ladder-agreed = صيغة متفق عليها
draft-preview-you = أنت: { $verdict }
draft-preview-objectors = سيعترض: { $count }
draft-propose-for = اقتراح للفقرة { $number }
draft-reword = إعادة صياغة الفقرة { $number }
draft-ask-bracket = طلب وضع الفقرة { $number } بين أقواس معقوفة
draft-propose-delete = اقتراح حذف الفقرة { $number }
draft-bracket = وضع الفقرة { $number } بين أقواس معقوفة
draft-unbracket = إزالة الأقواس المعقوفة من حول الفقرة { $number }
draft-delete = حذف الفقرة { $number }
draft-to-summary = إلى موجز الرئيس: الفقرة { $number }
draft-add-paragraph = إضافة فقرة
draft-choose-issue = اختيار مسألة
draft-propose-paragraph = اقتراح هذه الفقرة
draft-insert-paragraph = إدراج هذه الفقرة

stand-heading = موقفك عند اتخاذ القرار
stand-explained = ما ستفعله حين يسأل الرئيس «هل هناك أي اعتراض؟». وفق التعليمات: لا تعترض إلا إذا كان حكمك «يعترض» وكانت العرقلة تستحق كلفتها.
stand-as-instructed = وفق التعليمات
stand-object = الاعتراض
stand-join = الانضمام إلى توافق الآراء
stand-explanation = تعليلك للموقف (يُتلى بعد اتخاذ القرار):
stand-explanation-hint = مثال: ننضم إلى توافق الآراء، لكننا نأسف لأن النص لا يذكر القانون الإنساني الدولي.
stand-tell-the-chair = إبلاغ الرئيس

free-heading = اكتب فقرة بكلماتك الخاصة
free-hint = مثال: تقرر بدء مفاوضات بشأن صك ملزم قانونًا
free-explained = يقرؤها معجم السيناريو على أنها إحدى المسائل وأقرب صيغة على سلّمها: هكذا تفهمها القاعة. وما تعرضه هو كلماتك.
free-read-as = تقرؤها القاعة على أنها: { $issue } (عُثر على: { $found })
free-also = ذُكر أيضًا: { $issues }
free-not-recognised = لم يُتعرف على أي مسألة: لا يرد في النص أي من مصطلحات السيناريو («ملزم قانونًا»، «القانون الإنساني الدولي»، «أمن المعلومات»، «أصحاب المصلحة المتعددون»...). اختر المسألة أدناه.
free-issue = المسألة
free-strength = مدى القوة التي تقرؤها بها القاعة:
free-propose-as = اقتراحها بوصفها الفقرة { $number }
free-propose-new = اقتراحها بوصفها فقرة جديدة
free-put-in = وضعها في الفقرة { $number }
free-insert-new = إدراجها بوصفها فقرة جديدة

## المفتش

inspector-heading = { $state } ({ $code })
inspector-groups = { $region }؛ { $groups }
inspector-empty = انقر مقعدًا لترى حكم ذلك الوفد وأسبابه ومواقفه.
inspector-capital = رصيدك الدبلوماسي: { $capital } (المحاولة الواحدة تكلف { $cost })
inspector-stances = المواقف
inspector-salience = الأهمية { $salience }
inspector-red-line = خط أحمر
inspector-lobby = السعي لكسب التأييد في هذا الشأن (فرص النجاح { $odds } من 100)
inspector-lobby-hover = كل محاولة تستهلك من الرصيد الدبلوماسي؛ وإذا نجحت اقترب موقف الوفد من النص. وكلما زادت أهمية المسألة عنده قلّت فرص النجاح.
inspector-statements = ما قاله
stance-position = يريد { $wants }؛ النص: { $text }
reason-red-line = { $paragraph }: تتجاوز خطه الأحمر ({ $limit })
reason-distance = { $paragraph }: { $direction ->
        [too-far] ذهابٌ أبعد مما يريد
       *[not-far-enough] قصورٌ عما يريد
    }

## السجل والرسوم البيانية

log-heading = البيانات والأحداث
chart-support-heading = التأييد عبر الجولات
chart-forecast-heading = التوقع: النص مقارنة بنقطة الحل الوسط ونقطة ناش
chart-forecast-explained = الحل الوسط: متوسط مواقف جميع الوفود مرجحًا بالأهمية والنفوذ. ناش: النقطة التي تعظّم حاصل ضرب مكاسب كل وفد مقارنة بعدم التوصل إلى اتفاق. إذا ابتعد النص عن كلتيهما فسيواجه مقاومة.
chart-after-round = العدّ بعد الجولة
chart-position-axis = الموقف (0 الأضعف، 100 الأقوى)
chart-text = النص
chart-compromise = الحل الوسط
chart-nash = نقطة ناش

tab-room = القاعة
tab-draft = المشروع
tab-delegation = الوفد
tab-log = البيانات
tab-charts = الرسوم البيانية

## نوافذ فوق الجلسة

window-instructions = تعليمات عاصمتك
window-glossary = مسرد المصطلحات الإجرائية
window-adoption = هل هناك أي اعتراض؟
adoption-no-objection = لم يُسمع أي اعتراض.
adoption-so-decided = وقد تقرر ذلك. (تُطرق المطرقة.)
adoption-objections = { $count ->
        [one] يعترض وفد واحد:
        [two] يعترض وفدان:
        [few] يعترض { $count } وفود:
        [many] يعترض { $count } وفدًا:
       *[other] يعترض { $count } وفد:
    }
adoption-blocked = توافق الآراء معرقل.
adoption-summary = { $count ->
        [one] نُقلت فقرة واحدة
        [two] نُقلت فقرتان
        [few] نُقلت { $count } فقرات
        [many] نُقلت { $count } فقرةً
       *[other] نُقلت { $count } فقرة
    } إلى موجز الرئيس، على مسؤولية الرئيس الخاصة.
adoption-explanations = تعليلات المواقف
adoption-outcome = النتيجة: { $outcome }
adoption-roll-call = التصويت بنداء الأسماء
adoption-to-debrief = الانتقال إلى التقييم الختامي (D)
adoption-stay = البقاء في القاعة

handover-heading = تسليم الدور إلى { $who }
handover-delegation = وفد { $state }
handover-chair = الرئيس
handover-explained = كل شيء مخفي إلى أن يحضر الشخص التالي أمام الشاشة، حتى لا يرى أحد تعليمات مقعد آخر.
handover-i-am = أنا { $who }: اعرض مقعدي

## التقييم الختامي

debrief-heading = التقييم الختامي: { $title }
debrief-outcome = { $symbol }: { $outcome }، في نهاية الجولة { $round } من { $rounds }
debrief-undecided = { $symbol }: لم يُبت فيه
debrief-back = العودة إلى القاعة
debrief-export = تصدير السجل
debrief-export-hover = ملف نصي يتضمن كل بيان وهذا التقييم الختامي، لأغراض التقييم.
debrief-title-screen = شاشة البداية
debrief-role-delegation = أديت دور وفد { $state }؛ وعند اتخاذ القرار { $stand }.
debrief-stand-instructed = اتبعت تعليماتك
debrief-stand-object = أعلنت أنك ستعترض
debrief-stand-join = أعلنت أنك ستنضم إلى توافق الآراء
debrief-role-chair = توليت الرئاسة.
debrief-role-watched = شاهدت لعبًا يتولاه الذكاء الاصطناعي وحده.
debrief-against-instructions = مقارنة بتعليماتك
debrief-met = تحقق
debrief-missed = لم يتحقق
debrief-at-the-gavel = عند اتخاذ القرار
debrief-drafts = المشاريع، من الافتتاح إلى اتخاذ القرار
debrief-never-changed = لم يتغير النص قط.
debrief-opening-draft = المشروع الأولي
debrief-rev = { $label }
debrief-at-gavel = عند اتخاذ القرار
debrief-changes = { $label }: { $count ->
        [one] تغيير واحد
        [two] تغييران
        [few] { $count } تغييرات
        [many] { $count } تغييرًا
       *[other] { $count } تغيير
    }
debrief-final-text = النص النهائي
debrief-history = ما حدث في التاريخ
debrief-sources = المصادر: { $sources }
debrief-beside-heading = نصك مقارنةً بالنص الذي اعتُمد في التاريخ
debrief-beside = { $issue }: { $same ->
        [yes] كما في التاريخ: { $history }
       *[no] نصك: { $yours }؛ في التاريخ: { $history }
    }{ $estimate ->
        [yes] {" "}(الموقف التاريخي تقدير: { $source })
       *[no] {" "}({ $source })
    }
debrief-place-text = «{ $wording }»
debrief-place-summary = في موجز الرئيس
debrief-place-absent = غير وارد في النص

export-heading = { $title }، البذرة { $seed }
export-debrief = == التقييم الختامي: { $title }
export-met = [تحقق] { $text }
export-missed = [لم يتحقق] { $text }
export-objected = اعترض: { $text }
export-roll-call = { $state }: { $vote } ({ $reason })
export-draft = { $label }:
export-change = {"  "}- { $text }
export-final-text = النص النهائي:
export-history = التاريخ: { $text }

## الإشعارات

notice-saved = حُفظ في { $path }
notice-save-failed = تعذر الحفظ: { $error }
notice-autosave-failed = تعذرت كتابة الحفظ التلقائي: { $error }
notice-exported = صُدّر السجل إلى { $path }
notice-export-failed = تعذر تصدير السجل: { $error }
notice-screenshot = لقطة الشاشة: { $path }
notice-screenshot-failed = تعذر حفظ لقطة الشاشة: { $error }
notice-refused = لم يُنفذ: { $reason }

## الإعدادات

settings-heading = الإعدادات
settings-language = اللغة
settings-language-hover = لغة النافذة والملفات المصدَّرة. الخيار --lang في سطر الأوامر يحل محلها في تشغيل واحد؛ وإلى أن تختار لغة، تتبع اللعبة لغة نظامك.
settings-scale = حجم الواجهة
settings-scale-hover = أكبر لجهاز الإسقاط، وأصغر للشاشة الصغيرة. لا تُعرض إلا الأحجام التي تترك لهذه النافذة مساحة للعمل.
settings-percent = { $percent }٪
settings-scale-current = حاليًا { $percent }٪ (أكبر من اللازم لهذه النافذة)
settings-colours = الألوان
settings-colours-hover = تحمل المقاعد أيضًا حرفًا وشكلًا، حتى لا يعتمد أحد على اللون.
settings-swatches = عينات الألوان
settings-pace = سرعة أدوار الذكاء الاصطناعي
settings-pace-hover = الثواني بين خطوات الذكاء الاصطناعي حين يعمل (P).
settings-pace-unit = ث لكل خطوة
settings-theme = السمة
settings-dark = داكنة
settings-light = فاتحة
settings-shortcuts = اختصارات لوحة المفاتيح
settings-not-saved = تعذر حفظ الإعدادات: { $error }
palette-standard = قياسية
palette-colour-blind = مناسبة لعمى الألوان (Okabe-Ito)
palette-high-contrast = تباين عالٍ
key-space = خطوة الذكاء الاصطناعي التالية (المشاورات غير الرسمية، التنقيح، الاعتماد)
    .key = Space
key-p = الإيقاف المؤقت أو ترك الذكاء الاصطناعي يعمل بالسرعة المختارة
    .key = P
key-a = الرئيس: الدعوة إلى الاعتماد («هل هناك أي اعتراض؟»)
    .key = A
key-i = إظهار تعليمات عاصمتك أو إخفاؤها
    .key = I
key-g = إظهار مسرد المصطلحات الإجرائية أو إخفاؤه
    .key = G
key-ctrl-s = حفظ الجلسة
    .key = Ctrl+S
key-d = بعد اتخاذ القرار: التقييم الختامي
    .key = D
key-h = عدة أشخاص على جهاز واحد: تسليم الدور إلى التالي
    .key = H
key-f12 = حفظ لقطة شاشة للنافذة
    .key = F12
key-esc = إغلاق نافذة؛ ومن الجلسة، شاشة البداية
    .key = Esc

## المسرد

term-consensus = توافق الآراء
    .explained = قرار يُتخذ دون تصويت: يسأل الرئيس «هل هناك أي اعتراض؟»، وإن لم يُبدَ أي اعتراض يطرق بالمطرقة. ويكفي اعتراض واحد لعرقلته.
term-chairs-text = نص الرئيس
    .explained = المشروع الذي يعرضه الرئيس (حامل القلم) وينقحه. تقترح الوفود تعديلات؛ ولا يغيّر النص إلا حامل القلم.
term-penholder = حامل القلم
    .explained = من يتولى صياغة النص: الرئيس في فريق عامل أو فريق خبراء؛ ومقدم المشروع الرئيسي في قرار للجنة الأولى.
term-general-exchange = تبادل عام للآراء
    .explained = يعرض كل وفد، أو مجموعة تتكلم باسم أعضائها، موقفه من المشروع.
term-consultations = مشاورات غير رسمية
    .explained = تفاوض خارج الجلسة الرسمية: تُقترح التعديلات، ويسعى كل وفد إلى كسب تأييد غيره، وترصّ المجموعات صفوفها.
term-revision = المشروع المنقح (Rev.)
    .explained = بعد المشاورات يصدر حامل القلم تنقيحًا (Rev.1، Rev.2...) يحاول الاستجابة للاعتراضات.
term-brackets = الأقواس المعقوفة
    .explained = الكلمات الواردة بين [أقواس معقوفة] غير متفق عليها. لا يُتفق على شيء حتى يُتفق على كل شيء: لا يُعتمد نص فيه أقواس معقوفة.
term-agreed-language = الصيغ المتفق عليها
    .explained = صيغ سبق اعتمادها بتوافق الآراء في تقرير أو قرار سابق. تقبلها الوفود بسهولة أكبر: فقد قُبلت من قبل، فيقل وزن الابتعاد عنها.
term-chairs-summary = موجز الرئيس
    .explained = موجز يصدر على مسؤولية الرئيس الخاصة. يُنقل إليه ما تعذر الاتفاق عليه: فيُسجَّل دون أن يكون نصًا متفقًا عليه. هكذا انتهى الفريق العامل المفتوح العضوية في عام 2021.
term-red-line = الخط الأحمر
    .explained = ما تأمر العاصمة وفدها بألا يقبله أبدًا. وتجاوزه يجعل الوفد يعترض، أيًا كان باقي النص.
term-salience = الأهمية
    .explained = مدى أهمية المسألة عند الوفد: تحرك صغير في مسألة مهمة يزن أكثر من تحرك كبير في مسألة ثانوية.
term-explanation-of-position = تعليل الموقف
    .explained = بيان بعد اتخاذ القرار: يذكر فيه وفد انضم إلى توافق الآراء ما لم يستطع تأييده، وينأى بنفسه عنه.
term-diplomatic-capital = الرصيد الدبلوماسي
    .explained = ما يُنفق على السعي لكسب التأييد: كل محاولة لتحريك موقف وفد آخر تستهلك من الرصيد، والرصيد ينفد.
term-recorded-vote = التصويت المسجل
    .explained = في الجمعية العامة ولجنتها الأولى، يُطرح النص الذي لم يحظ بتوافق الآراء للتصويت؛ ويُسجَّل تصويت كل دولة.
term-negotiating-group = المجموعة التفاوضية
    .explained = وفود تتفاوض معًا (الاتحاد الأوروبي، وحركة عدم الانحياز، ومجموعة الدول الأفريقية، والمجموعة العربية، ورابطة أمم جنوب شرق آسيا): يتكلم أحدها باسم الجميع، ويقترب الأعضاء من موقف المجموعة.
term-isolation = العزلة
    .explained = العرقلة منفردًا مكلفة، وأقل كلفة مع آخرين: كثيرًا ما ينضم المعترض المعزول إلى توافق الآراء ويعلل موقفه بدلًا من ذلك.
