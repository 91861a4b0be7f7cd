# oewg-sim, español: palabras de los datos.

# Palabras demasiado comunes en la redacción de las Naciones Unidas para distinguir una formulación de otra; el
# léxico que lee las propias palabras de un jugador las ignora. Cada traducción da su propia lista.
lexicon-stop-words = el la los las lo de del y e a al en por para con que su sus un una unos unas o u es son ser sea todo todos toda todas este esta estos estas ese esa como se uso usa usan estados estado tic información comunicaciones tecnologías tecnología internacional internacionales

# Los Estados tal como los nombran los documentos de las Naciones Unidas dentro de una oración, con su artículo
# (los nombres de lista, "Irán (República Islámica del)", se mantienen tal cual en listas y cuadros).
# Los mensajes usan estos nombres tras "por", "con", "ante", "sobre"... nunca tras "de" o "a", para evitar
# "de el" o "a el".
state-in-text-ARE = los Emiratos Árabes Unidos
state-in-text-BHS = las Bahamas
state-in-text-BOL = el Estado Plurinacional de Bolivia
state-in-text-CAF = la República Centroafricana
state-in-text-COD = la República Democrática del Congo
state-in-text-COG = el Congo
state-in-text-COM = las Comoras
state-in-text-DOM = la República Dominicana
state-in-text-FSM = los Estados Federados de Micronesia
state-in-text-GBR = el Reino Unido de Gran Bretaña e Irlanda del Norte
state-in-text-GMB = Gambia
state-in-text-IRN = la República Islámica del Irán
state-in-text-KOR = la República de Corea
state-in-text-LAO = la República Democrática Popular Lao
state-in-text-MDA = la República de Moldova
state-in-text-MDV = Maldivas
state-in-text-MHL = las Islas Marshall
state-in-text-NER = el Níger
state-in-text-NLD = los Países Bajos
state-in-text-PHL = Filipinas
state-in-text-PRK = la República Popular Democrática de Corea
state-in-text-RUS = la Federación de Rusia
state-in-text-SDN = el Sudán
state-in-text-SLB = las Islas Salomón
state-in-text-SYR = la República Árabe Siria
state-in-text-TZA = la República Unida de Tanzanía
state-in-text-USA = los Estados Unidos de América
state-in-text-VEN = la República Bolivariana de Venezuela
