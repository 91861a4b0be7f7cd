# oewg-sim, français : les mots des données.

# Mots trop courants dans la rédaction onusienne pour distinguer un libellé d'un autre ; le lexique qui lit les
# propres mots d'un joueur les ignore. Chaque traduction donne sa propre liste.
lexicon-stop-words = le la les l de des du d un une et à au aux en sur par pour que qui dans avec ou son sa ses leur leurs ce cette ces est sont être tout tous toute toutes tel telle tels telles qu se ne utilisation utilise utilisent états état tic information informations communication communications technologies technologie internationale international internationales internationaux

# Les États tels que les documents de l'ONU les nomment à l'intérieur d'une phrase, avec leur article (les noms
# de liste, « Iran (République islamique d') », restent tels quels dans les listes et les tableaux).
# Les messages emploient ces noms après « par », « sur », « représentant »... jamais après « de » ou « à »,
# pour éviter « de les » ou « à le ».
state-in-text-ARE = les Émirats arabes unis
state-in-text-BHS = les Bahamas
state-in-text-BOL = l'État plurinational de Bolivie
state-in-text-CAF = la République centrafricaine
state-in-text-COD = la République démocratique du Congo
state-in-text-COG = le Congo
state-in-text-COM = les Comores
state-in-text-DOM = la République dominicaine
state-in-text-FSM = les États fédérés de Micronésie
state-in-text-GBR = le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord
state-in-text-GMB = la Gambie
state-in-text-IRN = la République islamique d'Iran
state-in-text-KOR = la République de Corée
state-in-text-LAO = la République démocratique populaire lao
state-in-text-MDA = la République de Moldova
state-in-text-MDV = les Maldives
state-in-text-MHL = les Îles Marshall
state-in-text-NER = le Niger
state-in-text-NLD = les Pays-Bas
state-in-text-PHL = les Philippines
state-in-text-PRK = la République populaire démocratique de Corée
state-in-text-RUS = la Fédération de Russie
state-in-text-SDN = le Soudan
state-in-text-SLB = les Îles Salomon
state-in-text-SYR = la République arabe syrienne
state-in-text-TZA = la République-Unie de Tanzanie
state-in-text-USA = les États-Unis d'Amérique
state-in-text-VEN = la République bolivarienne du Venezuela
