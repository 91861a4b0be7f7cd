# oewg-sim，中文（简体）：窗口。

window-title = oewg-sim：信通技术安全问题上的协商一致外交
bullet = - { $text }
numbered = { $number }. { $text }
button-back = 返回
button-close = 关闭

## 标题画面

title-name = oewg-sim
title-tagline = 联合国信通技术安全问题不限成员名额工作组中的协商一致外交
title-blurb = 逐段起草决议草案案文；每个代表团都会回应；落槌时，要么达成协商一致，要么弄清每一项反对的理由。
title-tutorial = 学习：以主席身份进行教程
title-tutorial-hover = 十个代表团，六个段落：找到人人都能接受的措辞，然后询问“有没有反对意见？”。
title-new-here = 第一次来？从教程开始：游戏会边玩边讲解每一步。
title-new-session = 新会议
title-new-session-hover = 选择一个情景和一个代表团，或者担任主席。
title-host = 主持课堂
title-host-hover = 学生在本网络中通过浏览器加入；此窗口成为指导老师的控制台
new-host = 主持本课堂
new-host-hover = 用此情景在本网络中开放课堂；学生通过浏览器加入，无人占用的席位由AI代打
title-continue = 继续
title-back-to = 返回{ $session }
title-resume-autosave = 从自动存档继续：{ $session }
title-nothing-to-continue = 还没有可以继续的会议
title-load = 读取
title-hide-saves = 隐藏存档
title-no-saves = 还没有存档：在会议中按Ctrl+S即可保存。
title-unreadable = { $save }（无法读取）
title-settings = 设置
title-quit = 退出
title-live = { $scenario }，第{ $round }轮，共{ $rounds }轮
title-save = { $scenario }，{ $who }，第{ $round }轮，{ $phase }
title-save-watching = 观看
title-save-line = { $when }  { $save }
title-load-refused = 无法读取存档；未作任何更改。{ $error }
title-no-tutorial = 教程情景缺失或无法加载。

## 新会议

new-heading = 新会议
new-scenario = 1. 情景
new-start-here = 从这里开始
new-card-facts = { $body } · { $year } · { $seats }个代表团 · { $texts ->
       *[other] { $texts }份案文
    } · { $rounds }轮 · 未能达成协商一致时：{ $fallback }
new-does-not-load = 无法加载：{ $error }
new-choose-scenario = 请选择一个情景。
new-seed = 种子
new-seed-hover = 相同的种子和相同的操作会产生相同的会议。未知立场（估计）由种子抽取。
new-role = 2. 您的席位
new-several = 多人共用本机
new-several-hover = 每人占一个席位，轮流操作；换人时屏幕会隐藏所有人的指示（按H交接）。
new-chair = 主席
new-watch = 观看AI对局
new-or-delegation = 或者选择一个代表团：
new-search-hint = 按名称、代码或集团搜索（例如古巴、FRA、东盟）
new-shown = 显示{ $shown }个代表团，共{ $total }个
new-seat-row = { $code }  { $name }
new-you-chair = 您将担任主席。
new-you-watch = AI将代打所有席位。
new-you-delegation = 您将担任{ $state }代表团。
new-choose-role = 请选择一个席位。
new-read-instructions = 阅读您的指示

## 指示

instructions-watching = 观看
instructions-watching-explained = AI代打所有席位。按P让其自动进行，或按Space逐步进行；点击任一席位，查看该代表团为何持此立场。
instructions-how-a-session-runs = 会议如何进行
instructions-step-1 = 主席提交草案；各代表团和集团阐述立场。
instructions-step-2 = 非正式协商：提出措辞、进行游说，观察会场的变化。
instructions-step-3 = 执笔方发布订正草案；有争议的段落可以加上方括号。
instructions-step-4 = “有没有反对意见？”一项反对即可阻止协商一致；此时适用备选方案。
instructions-keys = 在会议中按I可再次查看这些指示，按G查看术语表。
instructions-take-seat = 就座
brief-priorities = 您的优先事项，按重要性排列
brief-red-lines = 您的红线
brief-red-line-hover = 随附数据中的红线是估计值，并已标明；每条红线按情景设定的概率成立。
brief-no-red-lines = 没有红线：您可以接受任何措辞，但要付出代价。
brief-success = 成功是什么样的

how-heading = 玩法
how-chair-1 = 点击红色席位（反），查看该代表团反对的原因：段落、议题和红线。
how-chair-2 = 在草案（右侧）中打开某段的各种措辞，完整阅读每一种及其对会场的影响，然后改写；或给该段加方括号、删除，或移入主席总结。
how-chair-3 = 各代表团提出的修正案列在桌面上；“接受”即采纳其中一项。
how-chair-4 = 按Space进入下一步。当状态栏显示“无反对意见”时，提请通过（A）。
how-delegation-1 = 检查面板（左侧）显示您对草案的评价及原因；点击任一席位可查看其他代表团的评价。
how-delegation-2 = 在草案（右侧）中打开某段的各种措辞并提出一种，提出一个新段落，或用您自己的话写一段：情景词库会读取它，而您提交的就是您自己的文字。
how-delegation-3 = 从某代表团的席位上游说该代表团（先显示成功几率），或通过协调员游说谈判集团（在会场上方选择集团）。每次尝试都要花费外交资本。
how-delegation-4 = 主席在每轮协商后修订案文，并在无人阻挠时提请通过。您落槌时的立场和解释立场位于每份草案下方。按Space进入下一步。
how-watching-1 = 按Space进入下一步，按P让AI自动进行；点击任一席位，查看该代表团为何持此立场。

## 状态栏

bar-phase = 阶段：{ $phase }
bar-round = 第{ $round }轮，共{ $rounds }轮（还剩{ $left }轮）
bar-decision = 决定：协商一致；否则，{ $fallback }
bar-you-delegation = 您是{ $state }代表团
bar-you-chair = 您担任主席（执笔）
bar-you-watch = 您正在观看AI对局
bar-capital = · 资本{ $capital }
bar-hand-over = 交接（H）
bar-hand-over-hover = 本机的下一个人就座；在其到位之前，屏幕隐藏一切。
bar-ai-paused = AI已暂停（Space：下一步，P：运行）
bar-ai-running = AI运行中（P：暂停）
bar-step-hover = 进行会议的下一步（Space）。
bar-instructions = 指示（I）
bar-glossary = 术语表（G）
bar-save = 保存（Ctrl+S）
bar-settings = 设置
bar-menu = 菜单（Esc）
bar-debrief = 复盘（D）
bar-outcome = { $symbol }：{ $outcome }
count-no-objections = 协商一致：无反对意见
count-objections = 协商一致：{ $count ->
       *[other] { $count }项反对
    }（{ $codes }{ $more ->
        [0] {""}
       *[other] {" "}及另外{ $more }个
    }）
count-for-text = { $symbol }：{ $count }

step-open = 宣布会议开始：提交草案（Space）
step-general-exchange = 听取一般性意见交换（Space）
step-suspend = 暂停会议，进行非正式协商（Space）
step-consultations = 进行非正式协商（Space）
step-resume = 复会（Space）
step-revision = 订正草案（Space）
step-question = 提出问题：有没有反对意见？（Space）
step-concluded = 已结束

next-press-space = 按Space进入下一步
next-ai-runs = AI按您选择的速度行动（P暂停）
next-concluded = 会议已结束：按D或点击按钮查看复盘。
next-opening = 草案已提交，各代表团阐述立场：{ $step }。
next-adoption = 主席询问“有没有反对意见？”：{ $step }。
next-chair-no-objections = 无人反对：趁此机会提请通过（A），或先改进案文。
next-chair-objections = { $count ->
       *[other] { $count }个代表团反对
    }：点击红色席位查看原因，然后改写该段、加方括号或将其移入主席总结；{ $step }。
next-delegation-consultations = 非正式协商：提出措辞（右侧草案）或游说某代表团（点击其席位）；{ $step }。
next-delegation-revision = 执笔方权衡各项修正案，修订案文：{ $step }。
next-watching = AI对局：{ $step }。

## 等待中的操作

pending-heading = { $count ->
       *[other] 您有{ $count }项操作在等待
    }
pending-withdraw = 撤回{ $number }
pending-propose = 您提议{ $proposal }。
pending-lobby = 您就{ $issue }游说{ $state }。
pending-call = 您提请通过。
pending-event = 您引入事件“{ $title }”。
pending-announce = 您告会场：“{ $text }”
pending-declare = 落槌时您将：{ $stand }。
pending-assign = 一个席位易主。
pending-no-longer-fits = 一项已不再符合案文的修改（将被拒绝）。
pending-when-now = 在协商结束时（下一步）处理。
pending-when-consultations = 在下一次非正式协商时处理。
pending-when-revision = 在订正草案之后答复：届时提出问题。
pending-when-next-step = 从下一步开始计算。

## 会场

room-heading = 会场：{ $count }个代表团
room-everyone = 所有人
room-verdict-count = { $verdict } { $count }
room-lobby-group = 通过协调员{ $coordinator }游说{ $group }，议题：
room-lobby-choose-issue = 一个议题
room-lobby-issue = { $issue }（成功几率{ $odds }/100）
room-lobby-button = 游说{ $group }
seat-hover = { $state }：{ $verdict }{ $why }
seat-red-line = ，关于{ $issue }的红线
seat-mostly = ，主要因为{ $issue }

## 草案

draft-heading = { $symbol }（{ $label }）
draft-label-rev = Rev.{ $revision }
draft-label-named-rev = { $draft }，Rev.{ $revision }
draft-label-tabled = 提交时的文本
draft-call-for-adoption = 提请通过
draft-call-for-adoption-hover = 主席询问“有没有反对意见？”。一项反对即可阻止协商一致；此时适用该机构的备选方案。方括号内的案文不能通过。
draft-amendments = 已提出的修正案（{ $count }）
draft-accept-amendment = 接受第{ $number }号修正案
draft-accept-when = 已接受的修正案在下一次非正式协商时纳入案文。
amendment-by = { $state }提议{ $proposal }
draft-own-words = 提案方自拟措辞
draft-own-words-hover = 此段由某代表团撰写；会场将其理解为打开其措辞时所显示的阶梯上的那一措辞。
draft-bracketed = 方括号内
draft-you = 您：{ $verdict }
draft-you-red-line = 您：红线被越过
draft-you-hover = 仅此一段对您的代表团意味着什么。
draft-open-wordings = 第{ $number }段的措辞
draft-close-wordings = 关闭措辞
draft-ladder-explained = 此段可能采用的所有措辞（从最强到最弱）及其各自的影响：您对整份案文的评价，以及会有多少代表团反对。
draft-ladder-current = 现行案文
draft-ladder-agreed = 商定措辞
draft-preview-you = 您：{ $verdict }
draft-preview-objectors = { $count }个将会反对
draft-propose-for = 为第{ $number }段提出
draft-reword = 改写第{ $number }段
draft-ask-bracket = 要求给第{ $number }段加方括号
draft-propose-delete = 提议删除第{ $number }段
draft-bracket = 给第{ $number }段加方括号
draft-unbracket = 删除第{ $number }段的方括号
draft-delete = 删除第{ $number }段
draft-to-summary = 移入主席总结：第{ $number }段
draft-add-paragraph = 增加一段
draft-choose-issue = 选择议题
draft-propose-paragraph = 提出此段
draft-insert-paragraph = 插入此段

stand-heading = 您落槌时的立场
stand-explained = 当主席询问“有没有反对意见？”时您将怎么做。按指示行事：只有当您的评价为“反对”且阻挠值得付出代价时才反对。
stand-as-instructed = 按指示行事
stand-object = 反对
stand-join = 加入协商一致
stand-explanation = 您的解释立场（在作出决定后宣读）：
stand-explanation-hint = 例如：我们加入协商一致，但遗憾的是案文未提及国际人道主义法。
stand-tell-the-chair = 告知主席

free-heading = 用您自己的话写一段
free-hint = 例如：决定开始谈判一项具有法律约束力的文书
free-explained = 情景词库将其理解为某个议题及其阶梯上最接近的措辞：会场就是这样理解它的。您提交的是您自己的文字。
free-read-as = 会场理解为：{ $issue }（识别到：{ $found }）
free-also = 还提到：{ $issues }
free-not-recognised = 未识别出议题：案文中没有情景中的任何术语（“具有法律约束力”、“国际人道主义法”、“信息安全”、“多利益攸关方”……）。请在下方选择议题。
free-issue = 议题
free-strength = 会场理解的力度：
free-propose-as = 作为第{ $number }段提出
free-propose-new = 作为新段落提出
free-put-in = 放入第{ $number }段
free-insert-new = 作为新段落插入

## 检查面板

inspector-heading = { $state }（{ $code }）
inspector-groups = { $region }；{ $groups }
inspector-empty = 点击一个席位，查看该代表团的评价、理由和立场。
inspector-capital = 您的外交资本：{ $capital }（每次尝试花费{ $cost }）
inspector-stances = 立场
inspector-salience = 重要程度{ $salience }
inspector-red-line = 红线
inspector-lobby = 就此游说（成功几率{ $odds }/100）
inspector-lobby-hover = 每次尝试都要花费外交资本；如果成功，该代表团的立场会向案文靠拢。它越看重这个议题，成功几率越低。
inspector-statements = 它说过的话
stance-position = 想要{ $wants }；案文：{ $text }
reason-red-line = { $paragraph }：越过其红线（{ $limit }）
reason-distance = { $paragraph }{ $direction ->
        [too-far] 超出其期望
       *[not-far-enough] 未达到其期望
    }

## 日志和图表

log-heading = 发言和事件
chart-support-heading = 各轮支持情况
chart-forecast-heading = 预测：案文与妥协点和纳什点的对比
chart-forecast-explained = 妥协点：按重要程度和影响力加权的所有代表团立场的平均值。纳什点：使每个代表团相对于无协议的收益之积最大的点。如果离两者都远，案文将遇到阻力。
chart-after-round = 各轮后统计
chart-position-axis = 立场（0最弱，100最强）
chart-text = 案文
chart-compromise = 妥协点
chart-nash = 纳什点

tab-room = 会场
tab-draft = 草案
tab-delegation = 代表团
tab-log = 发言
tab-charts = 图表

## 会议上方的窗口

window-instructions = 本国政府的指示
window-glossary = 程序术语表
window-adoption = 有没有反对意见？
adoption-no-objection = 没有听到反对意见。
adoption-so-decided = 就这样决定。（落槌。）
adoption-objections = { $count ->
       *[other] { $count }个代表团反对：
    }
adoption-blocked = 协商一致受阻。
adoption-summary = { $count ->
       *[other] { $count }个段落
    }移入了主席总结，由主席自行负责。
adoption-explanations = 解释立场
adoption-outcome = 结果：{ $outcome }
adoption-roll-call = 唱名表决
adoption-to-debrief = 进入复盘（D）
adoption-stay = 留在会场

handover-heading = 交接给{ $who }
handover-delegation = { $state }代表团
handover-chair = 主席
handover-explained = 在下一个人来到屏幕前之前，一切都会隐藏，这样谁也看不到其他席位的指示。
handover-i-am = 我是{ $who }：显示我的席位

## 复盘

debrief-heading = 复盘：{ $title }
debrief-outcome = { $symbol }：{ $outcome }，于第{ $round }轮结束时（共{ $rounds }轮）
debrief-undecided = { $symbol }：未作决定
debrief-back = 返回会场
debrief-export = 导出记录
debrief-export-hover = 一个包含所有发言和本次复盘的文本文件，供评分使用。
debrief-title-screen = 标题画面
debrief-role-delegation = 您担任{ $state }代表团；落槌时您{ $stand }。
debrief-stand-instructed = 遵循了指示
debrief-stand-object = 宣布会反对
debrief-stand-join = 宣布会加入协商一致
debrief-role-chair = 您担任了主席。
debrief-role-watched = 您观看了AI对局。
debrief-against-instructions = 对照您的指示
debrief-met = 达成
debrief-missed = 未达成
debrief-at-the-gavel = 落槌时
debrief-drafts = 各版草案，从开幕到落槌
debrief-never-changed = 案文从未修改。
debrief-opening-draft = 最初草案
debrief-rev = { $label }
debrief-at-gavel = 落槌时
debrief-changes = { $label }：{ $count ->
       *[other] { $count }处修改
    }
debrief-final-text = 最终案文
debrief-history = 历史上发生了什么
debrief-sources = 来源：{ $sources }
debrief-beside-heading = 您的案文与历史上通过的案文对照
debrief-beside = { $issue }：{ $same ->
        [yes] 与历史相同：{ $history }
       *[no] 您的案文：{ $yours }；历史上：{ $history }
    }{ $estimate ->
        [yes] （历史位置为估计：{ $source }）
       *[no] （{ $source }）
    }
debrief-place-text = “{ $wording }”
debrief-place-summary = 列入主席总结
debrief-place-absent = 案文中没有

export-heading = { $title }，种子{ $seed }
export-debrief = == 复盘：{ $title }
export-met = [达成] { $text }
export-missed = [未达成] { $text }
export-objected = 反对：{ $text }
export-roll-call = { $state }：{ $vote }（{ $reason }）
export-draft = { $label }：
export-change = {"  "}- { $text }
export-final-text = 最终案文：
export-history = 历史：{ $text }

## 通知

notice-saved = 已保存到{ $path }
notice-save-failed = 无法保存：{ $error }
notice-autosave-failed = 无法写入自动存档：{ $error }
notice-exported = 记录已导出到{ $path }
notice-export-failed = 无法导出记录：{ $error }
notice-screenshot = 截图：{ $path }
notice-screenshot-failed = 无法保存截图：{ $error }
notice-refused = 未完成：{ $reason }

## 设置

settings-heading = 设置
settings-language = 语言
settings-language-hover = 窗口和导出文件使用的语言。命令行中的 --lang 可在单次运行中替代此设置；在你选择之前，游戏使用系统语言。
settings-scale = 界面缩放
settings-scale-hover = 投影时调大，小屏幕时调小。只提供能让此窗口正常使用的缩放比例。
settings-percent = { $percent }%
settings-scale-current = 当前为{ $percent }%（对此窗口过大）
settings-colours = 颜色
settings-colours-hover = 席位还带有字符和形状，因此不必依赖颜色辨识。
settings-swatches = 色板
settings-pace = AI回合速度
settings-pace-hover = AI运行时（P）每步之间的秒数。
settings-pace-unit = 秒/步
settings-theme = 主题
settings-dark = 深色
settings-light = 浅色
settings-shortcuts = 键盘快捷键
settings-not-saved = 无法保存设置：{ $error }
palette-standard = 标准
palette-colour-blind = 色盲友好（Okabe-Ito）
palette-high-contrast = 高对比度
key-space = AI下一步（非正式协商、修订、通过）
    .key = Space
key-p = 暂停，或让AI按所选速度运行
    .key = P
key-a = 主席：提请通过（“有没有反对意见？”）
    .key = A
key-i = 显示或隐藏本国政府的指示
    .key = I
key-g = 显示或隐藏程序术语表
    .key = G
key-ctrl-s = 保存会议
    .key = Ctrl+S
key-d = 落槌后：复盘
    .key = D
key-h = 多人共用一台机器：交接给下一个人
    .key = H
key-f12 = 保存窗口截图
    .key = F12
key-esc = 关闭窗口；在会议中则返回标题画面
    .key = Esc

## 术语表

term-consensus = 协商一致
    .explained = 不经表决作出的决定：主席询问“有没有反对意见？”，如无人反对，即落槌。一项反对就足以阻止协商一致。
term-chairs-text = 主席案文
    .explained = 由主席（执笔方）提交并修订的草案。代表团提出修正案；只有执笔方才能修改案文。
term-penholder = 执笔方
    .explained = 负责起草案文的一方：在工作组或专家组中是主席；在第一委员会决议中是主要提案国。
term-general-exchange = 一般性意见交换
    .explained = 每个代表团，或代表其成员发言的集团，阐述对草案的立场。
term-consultations = 非正式协商
    .explained = 在正式会议之外进行的谈判：提出修正案，代表团相互游说，集团统一立场。
term-revision = 订正草案（Rev.）
    .explained = 协商之后，执笔方发布订正本（Rev.1、Rev.2……），力求回应各项反对意见。
term-brackets = 方括号
    .explained = [方括号]内的文字尚未商定。在一切商定之前，什么都不算商定：含有方括号的案文不能通过。
term-agreed-language = 商定措辞
    .explained = 此前的报告或决议中已经协商一致通过的措辞。代表团更容易接受：既然以前接受过，与之有出入的分量就较轻。
term-chairs-summary = 主席总结
    .explained = 由主席自行负责发布的总结。未能商定的内容放在这里：载入记录，但不是商定案文。2021年的不限成员名额工作组就是这样结束的。
term-red-line = 红线
    .explained = 本国政府指示其代表团决不能接受的内容。一旦越过红线，无论案文其余部分如何，代表团都会反对。
term-salience = 重要程度
    .explained = 一个议题对某代表团有多重要：在重要议题上的小幅变动，比在次要议题上的大幅变动分量更重。
term-explanation-of-position = 解释立场
    .explained = 在作出决定后所作的发言：加入协商一致的代表团说明其无法支持的内容，并表示与之脱离关系。
term-diplomatic-capital = 外交资本
    .explained = 游说所消耗的东西：每次试图改变另一代表团的立场都要花费资本，而资本会耗尽。
term-recorded-vote = 记录表决
    .explained = 在大会及其第一委员会，未能协商一致的案文将付诸表决；每个国家的投票都会记录在案。
term-negotiating-group = 谈判集团
    .explained = 共同谈判的代表团（欧洲联盟、不结盟运动、非洲集团、阿拉伯集团、东盟）：由一方代表全体发言，成员向集团立场靠拢。
term-isolation = 孤立
    .explained = 单独阻挠代价高昂，有同伴时代价较小：孤立的反对者常常会加入协商一致，转而解释其立场。
