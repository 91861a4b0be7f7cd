# oewg-sim，中文（简体）：会场中的发言、记录和导出。
# 变量写作 { $name }。数据中的名称（国家、议题、措辞、集团）以变量形式传入；译文也可以用按其标识符
# 构建的键覆盖它们：state-CUB、issue-binding_instrument、wording-binding_instrument-0、group-EU、body-oewg、
# scenario-oewg_2019-title、scenario-oewg_2019-text-0。

## 模型所知事物的名称

language-name = 中文

verdict-supports = 支持
    .letter = 支
verdict-can-live-with = 可以接受
    .letter = 可
verdict-reservations = 有保留
    .letter = 保
verdict-objects = 反对
    .letter = 反

outcome-consensus = 经协商一致通过
outcome-consensus-with-chair-summary = 经协商一致通过，另由主席自行负责发布主席总结
outcome-no-consensus = 未达成协商一致
outcome-adopted-by-vote = 经记录表决通过
outcome-rejected-by-vote = 经记录表决被否决

phase-opening = 开幕
phase-general-exchange = 一般性意见交换
phase-consultations = 非正式协商
phase-revision = 订正草案
phase-adoption = 通过
phase-concluded = 已结束

fallback-no-report = 不提交报告
fallback-chair-summary = 主席总结
fallback-recorded-vote = 记录表决

region-african = 非洲国家组
region-asia-pacific = 亚洲及太平洋国家组
region-eastern-european = 东欧国家组
region-grulac = 拉丁美洲和加勒比国家组
region-weog = 西欧和其他国家组

source-sponsorship = 提案国：{ $roster }{ $date }
source-statement = 发言：{ $document }{ $symbol }，{ $date }：{ $says }
source-group = 集团立场：{ $document }{ $symbol }，{ $date }：{ $says }
source-symbol = {" "}（{ $symbol }）
source-dated = ，{ $date }
source-estimate = 估计：{ $text }
source-vote = 关于{ $roll_call }{ $meeting }的记录表决，{ $date }：{ $vote ->
        [yes] 投赞成票
        [no] 投反对票
       *[abstain] 投弃权票
    }

issue-numbered = { $item } { $title }
list-and = { $init }和{ $last }
quoted = “{ $text }”
seat-chair = 主席

## 谁在发言

speaker-chair = 主席
speaker-instructor = 指导老师
speaker-for-group = { $state }代表{ $group }
subject-group = 该集团
subject-chair = 主席
subject-delegation = { $state }代表团
subject-expert = { $state }专家
speaker-expert = { $state }专家

statement-line = [{ $round }] { $speaker }：{ $says }

## 发言内容

paragraph-ref = 第{ $number }段（{ $issue }）
paragraph-ref-title = 第{ $number }段（{ $issue }）
paragraph-absent = 没有关于{ $issue }的段落

limit-nothing-stronger = 不能接受比“{ $wording }”更强的措辞
limit-at-least = 要求案文至少写明“{ $wording }”
limit-no-paragraph = 根本不能接受关于此事的任何段落
limit-beyond-every-wording = 现有任何措辞都不足以满足其要求

says-tables = { $body }开幕。草案“{ $title }”（{ $symbol }）已提交，共{ $paragraphs }段；决定以协商一致方式作出。
says-tables-draft = 主席提交草案“{ $title }”（{ $symbol }），共{ $paragraphs }段。
says-on-behalf = 代表{ $group }：{ $statement }

position-red-line = { $who }不能接受{ $paragraph }：{ $limit }。对于包含该内容的案文，它将不加入协商一致。
position-objects = { $who }不能支持目前形式的草案：{ $paragraph }{ $direction ->
        [too-far] 走得太远
       *[not-far-enough] 力度不够
    }；对它而言，没有任何结果也比这份案文好。
position-reservations = { $who }有保留：{ $paragraph }{ $direction ->
        [too-far] 走得太远
       *[not-far-enough] 力度不够
    }。它请主席重新考虑。
position-can-live-with = { $who }可以接受草案，尽管{ $paragraph }{ $direction ->
        [too-far] 超出了它的期望
       *[not-far-enough] 未达到它的期望
    }。
position-supports = { $who }支持草案，并感谢主席提出一份平衡的案文。

says-proposes = 提议{ $proposal }。
propose-reword = 将第{ $number }段（{ $issue }）改为：“{ $wording }”
propose-insert = 增加一个关于{ $issue }的新段落：“{ $wording }”
propose-bracket = 将第{ $number }段（{ $issue }）置于方括号内
propose-unbracket = 删除第{ $number }段（{ $issue }）的方括号
propose-delete = 删除第{ $number }段（{ $issue }）
propose-to-summary = 将第{ $number }段（{ $issue }）移入主席总结

edit-reword = 第{ $number }段（{ $issue }）现改为：“{ $wording }”
edit-insert = 关于{ $issue }的新段落：“{ $wording }”
edit-bracket = 第{ $number }段（{ $issue }）置于方括号内。
edit-unbracket = 删除第{ $number }段（{ $issue }）的方括号。
edit-delete = 删除第{ $number }段（{ $issue }）。
edit-to-summary = 第{ $number }段（{ $issue }）移入主席总结。

lobby-through-group = { $group }（通过其协调员{ $coordinator }）
says-lobbies-moved = 就{ $issue }游说{ $whom }：其立场向案文靠拢。
says-lobbies-for-change = 游说{ $whom }修改关于{ $issue }的案文：其立场向游说方靠拢。
says-lobbies-failed = 就{ $issue }游说{ $whom }，但没有结果：成功几率为{ $odds }/100，{ $target }坚持其立场。
says-lobbies-no-capital = 已没有外交资本可用于游说{ $whom }。

says-revises = { $symbol }的Rev.{ $revision }。{ $changes }
says-revises-named = “{ $draft }”的Rev.{ $revision }。{ $changes }
says-new-draft = “{ $draft }”对案文作了修改。{ $changes }
says-brackets = 主席将仍有争议的内容置于方括号内。{ $changes }
says-clears-brackets = 在作出决定之前，主席提出一揽子方案以去除方括号。{ $changes }
edit-with-why = { $edit }（{ $why }）。
why-took-up = 采纳了{ $who }的修正案
why-took-up-group = 采纳了{ $group }的修正案，由{ $who }提出
why-favoured = { $count ->
       *[other] 有{ $count }个代表团赞成
    }
why-meets = { $more ->
        [0] 回应了{ $who }的反对意见
       *[other] 回应了{ $who }以及另外{ $more }个代表团的反对意见
    }
why-package = 与第{ $number }段构成一揽子方案
says-organizes = { $body }举行组织会议：通过议程和工作方案，并将以协商一致方式作出决定。
says-priority = { $who }希望成果文件就{ $issue }写明：“{ $wording }”{ $insists ->
        [yes] {" "}它已将此定为红线。
       *[no] {""}
    }
says-warns = { $who }警告说，除非关于{ $issue }的案文作出修改，否则它将无法加入关于{ $symbol }的协商一致{ $red_line ->
        [yes] ：案文越过了其政府的红线
       *[no] {""}
    }；它要求将该段置于方括号内。
says-gives-way = { $who }将不再坚持其关于{ $issue }的修正案：{ $reason ->
        [compromise] 本着妥协精神作出让步
        [isolated] 很少有代表团认同其观点
       *[group] 其所属集团不认同
    }。
says-question = 主席提议以协商一致方式通过{ $symbol }。有没有反对意见？
says-to-summary = 有人提出反对。主席将{ $count ->
       *[other] 第{ $paragraphs }段
    }移入主席自行负责发布的主席总结，并再次询问：有没有反对意见？
says-objects-red-line = { $who }反对：在{ $issue }问题上，案文越过了其政府的红线。
says-objects = { $who }反对：在{ $issue }问题上，案文违背其所受指示，它宁愿没有结果，也不要这份案文。
says-dissociates = { $who }不阻挠协商一致，但表示与案文中关于{ $issue }的内容脱离关系。
says-explains-in-own-words = 在解释立场时表示：“{ $words }”
says-declares-object = { $who }通知主席，它将无法加入关于{ $symbol }的协商一致。
says-declares-join = { $who }通知主席，它不会阻挠关于{ $symbol }的协商一致。
says-outcome = 关于{ $symbol }的结果：{ $outcome }。
says-consultations-resume = 有人提出反对。主席暂停会议：关于{ $symbol }的非正式协商继续进行。
says-requests-vote = { $who }要求对{ $symbol }进行记录表决。
says-explains-vote = { $who }{ $vote ->
    [yes] 投了赞成票
    [no] 投了反对票
   *[abstain] 投了弃权票
}：{ $reason }。
says-aligns = { $who }赞同{ $lead }所作的发言。
says-named-draft = { $session }：主席提交{ $symbol }的“{ $draft }”。
says-summary-records = 主席将自行负责在主席总结中反映{ $count ->
   *[other] { $count }项得到许多代表团支持但未能达成一致的提议
}：{ $items }。
summary-item = 关于{ $issue }，“{ $wording }”
cue-group = { $group }
cue-prior-vote = 它自己在{ $roll_call }（{ $date }）上的投票
tally = 记录表决：{ $yes }票赞成，{ $no }票反对，{ $abstain }票弃权。
says-seat-to-person = 指导老师将{ $seat }的席位交给一名真人。
says-seat-to-ai = 指导老师将{ $seat }的席位交给AI。
says-event = 一个事件传达给了相关代表团：{ $title }。
says-announcement = 告会场：“{ $text }”

final-text = { $number }. { $text }
final-bracketed = { $number }. [{ $text }]
final-summary = { $number }. （主席总结）{ $text }
final-deleted = { $number }. （已删除）{ $text }

## 会议实录

transcript-heading = == { $heading }
transcript-count = 第{ $round }轮后{ $symbol }的统计：支持{ $supports }，可以接受{ $live }，有保留{ $reservations }，反对{ $objects }
transcript-final = { $symbol } 在作出决定时的案文：

## 操作被拒绝的原因

edit-error-no-paragraph = 没有第{ $number }段。
edit-error-not-in-text = 第{ $number }段已不在案文中。
edit-error-no-rung = 该措辞不在此议题的措辞阶梯上。
edit-error-not-available = 在这次谈判时该措辞尚不存在，或者该机构无法通过它。
edit-error-issue-covered = 第{ $number }段已涉及此议题：请改为修正该段。
edit-error-no-issue = 没有这个议题。
edit-error-not-bracketed = 第{ $number }段不在方括号内。
edit-error-already-bracketed = 第{ $number }段已在方括号内。
edit-error-no-summary = 该机构没有主席总结。

refused-session-over = 会议已结束。
refused-not-in-this-session = 日程尚未安排作出决定：该问题可在“{ $session }”中提出。
refused-no-draft-yet = 目前还没有可以修正的草案：主席将在“{ $session }”中提交草案。
refused-not-your-seat = 这不是您的席位。
refused-penholder-only = 只有该案文的执笔方才能这样做。
refused-delegation-only = 只有代表团才能这样做。
refused-instructor-only = 只有指导老师才能这样做。
refused-no-delegation = 没有这个代表团。
refused-no-issue = 没有这个议题。
refused-no-group = 会上没有这个集团。
refused-not-negotiating = { $group }在此不作为一个集团进行谈判。
refused-no-text = 没有这份案文。
refused-no-event = 本情景中没有第{ $index }号事件。
refused-lobbying-yourself = 代表团不能游说自己。
refused-no-capital = 外交资本不足：剩余{ $left }，加上已在等待的游说需要{ $needed }。
refused-duplicate = 同样的操作已在等待中。
refused-too-long = 太长：最多{ $max }个字符。
refused-not-yours = 只有提出操作者才能撤回该操作。
refused-no-such-move = 该操作已不在等待中。

## 本国政府的指示

brief-to = 致{ $state }代表团的指示
brief-to-chair = 主席须知
brief-push-for = 争取“{ $wording }”
brief-push-for-nothing = 不让案文中出现关于此事的任何段落
brief-priority = { $issue }（重要程度{ $salience }）：{ $push }
brief-priority-hover = 您的立场：{ $position }，范围从0（不提及或最弱措辞）到100（最强措辞）。
    来源：{ $source }{ $estimate ->
        [yes] {"\u000A"}这是估计，并非有据可查的立场。
       *[no] {""}
    }
brief-red-line = { $issue }：如果案文超出贵国政府允许的范围，即予反对：{ $order }。
success-adopted = 案文获得通过，且未越过您的任何红线。
success-priorities = 在每个优先事项上，通过的案文接近您的立场（在该议题尺度上相差不超过{ $within }分）：越接近越好。
success-goodwill = 保持会场的好感：单独反对代价高昂，因此只在红线问题上阻挠。
success-chair-consensus = 案文经协商一致通过：当您询问“有没有反对意见？”时，无人反对。
success-chair-keep = 在会场允许的范围内尽量保留案文：只对造成阻碍的内容进行弱化、加方括号或移入主席总结。
success-chair-fallback = 如未能达成协商一致，备选方案为：{ $fallback }。
success-chair-time = 时间：{ $rounds }轮非正式协商。

## 复盘评分项

mark-outcome = 结果：{ $outcome }。
mark-undecided = 会议尚未结束。
mark-red-line-held = 关于{ $issue }的红线：守住了。
mark-red-line-crossed = 关于{ $issue }的红线：被最终案文越过。
mark-priority = 优先事项{ $issue }：案文写的是{ $now }；您想要的是{ $wanted }。
mark-no-paragraph = 没有相关内容
mark-verdict = 您对最终案文的评价：{ $verdict }。
mark-chair-outcome = 结果：在第{ $round }轮（共{ $rounds }轮）{ $outcome }。
mark-kept = 案文最初的{ $opened }个段落中有{ $kept }个作为商定案文获得通过；{ $summary }个进入主席总结。
mark-kept-not-adopted = 案文未获通过，因此没有任何内容达成一致（最后仍有{ $kept }/{ $opened }个段落留在案文中；{ $summary }个在主席总结中）。

change-added = 增加{ $paragraph }：“{ $wording }”
change-weakened = 弱化{ $paragraph }：“{ $wording }”
change-strengthened = 强化{ $paragraph }：“{ $wording }”
change-agreed = { $paragraph }达成一致（删除方括号）
change-bracketed = { $paragraph }置于方括号内
change-to-summary = { $paragraph }移入主席总结
change-summarised = 主席总结记录了关于{ $issue }的一项提议：“{ $wording }”
change-deleted = 删除{ $paragraph }

## 表决和反对意见

vote-yes = 赞成
vote-no = 反对
vote-abstain = 弃权
vote-reason-sponsor = 是案文的提案国
vote-reason-declared = 如其代表团所宣布
vote-reason-content = 能够接受案文
vote-reason-reservations = 对{ $issue }有保留
vote-reason-close-call = 在{ $issue }问题上，这份案文对它而言与没有案文差不多：不选边站
vote-reason-red-line = 案文越过了其关于{ $issue }的红线
vote-reason-against = 在{ $issue }问题上，案文违背其所受指示
vote-reason-prefers-rival = 它支持对其更有利的{ $rival }，尤其是在{ $issue }问题上
vote-reason-wont-choose = 它不会在这份案文和{ $rival }之间作出选择
vote-reason-follows = 对它而言利害关系不大，它随{ $lead }投票
vote-reason-cross-pressured = { $lead }把它拉向一边，而它自己在{ $issue }上的立场把它拉向另一边
vote-reason-breaks-away = 由于{ $issue }，它与{ $lead }分道扬镳
vote-reason-as-last-year = 它维持{ $lead }：今年的案文变化不足以让它改变投票
vote-reason-moved-since = 自{ $lead }以来案文已有很大变化：它不再照当时那样投票，而是弃权
objection-line = { $state }：{ $why }
objection-red-line = 在{ $issue }问题上，案文越过了其政府的红线
objection-against = 在{ $issue }问题上，案文违背其所受指示，没有案文对它反而更好

## stances 命令：每个议题一行。
stance-line = { $issue }：理想值{ $ideal }，重要程度{ $salience }{ $red_line }。来源：{ $source }
stance-red-line = ，红线：{ $limit }{ $camp }
stance-camp = {" "}（所属阵营：{ $camp }）

## Live odds: AI-only runs of the rest of the session from where it stands.
odds-chance = 协商一致的可能性：{ $chance }%
odds-with-tally = { $line } · 预计表决：{ $yes }票赞成，{ $no }票反对，{ $abstain }票弃权
odds-computing = 协商一致的可能性：…
odds-updating = { $line }（正在更新…）
odds-explained = 根据从此刻起由人工智能进行本届会议其余部分的 { $runs } 次模拟：如果人工智能担任所有席位（包括您的席位和主席席位），并计入已提出的动议，会场将如何行事。仅为估计的立场以及尚未有人宣布的红线在每次模拟中重新抽取。
odds-explained-waiting = 正在根据由人工智能进行本届会议其余部分的模拟计算协商一致的可能性。
odds-what-if = 采用此措辞：{ $chance }%（{ $change }）
odds-what-if-computing = 采用此措辞：…
odds-what-if-explained = 根据现在提出此措辞的 { $runs } 次模拟，与不提出此措辞的同样 { $runs } 次模拟相比：在您提出之前，显示它对协商一致可能性的影响。
odds-no-change = 无变化
