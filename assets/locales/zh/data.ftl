# oewg-sim，中文（简体）：数据中的用语。

# 在联合国起草中过于常见、无法区分不同措辞的词；读取玩家自拟文字的词库会忽略它们。
# 每种译文给出自己的列表（中文不以空格分词，此处以空格分隔各词）。
lexicon-stop-words = 的 和 与 及 以及 在 对 于 为 是 其 该 这 这些 所有 一切 各 或 并 将 由 使用 利用 国家 各国 信通技术 信息 通信 技术 信息和通信技术 国际

# 联合国文件在句中对各国的称呼（列表中的名称，如“伊朗（伊斯兰共和国）”，在列表和表格中保持不变）。
state-in-text-ARE = 阿拉伯联合酋长国
state-in-text-BHS = 巴哈马
state-in-text-BOL = 多民族玻利维亚国
state-in-text-CAF = 中非共和国
state-in-text-COD = 刚果民主共和国
state-in-text-COG = 刚果
state-in-text-COM = 科摩罗
state-in-text-DOM = 多米尼加共和国
state-in-text-FSM = 密克罗尼西亚联邦
state-in-text-GBR = 大不列颠及北爱尔兰联合王国
state-in-text-GMB = 冈比亚
state-in-text-IRN = 伊朗伊斯兰共和国
state-in-text-KOR = 大韩民国
state-in-text-LAO = 老挝人民民主共和国
state-in-text-MDA = 摩尔多瓦共和国
state-in-text-MDV = 马尔代夫
state-in-text-MHL = 马绍尔群岛
state-in-text-NER = 尼日尔
state-in-text-NLD = 荷兰
state-in-text-PHL = 菲律宾
state-in-text-PRK = 朝鲜民主主义人民共和国
state-in-text-RUS = 俄罗斯联邦
state-in-text-SDN = 苏丹
state-in-text-SLB = 所罗门群岛
state-in-text-SYR = 阿拉伯叙利亚共和国
state-in-text-TZA = 坦桑尼亚联合共和国
state-in-text-USA = 美利坚合众国
state-in-text-VEN = 委内瑞拉玻利瓦尔共和国
