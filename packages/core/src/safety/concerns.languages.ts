// The safety screen's basics in Spanish, French and German (and a few phrases of Italian): the
// commonest ways a child says each concern, read over the message in lower case with its accents
// taken off.
import type { SafetyKind } from "../events/schemas.js";

/** Phrases of Spanish, French and German, one list a kind, each a regular-expression source. */
const PHRASES: Record<SafetyKind, { es: string[]; fr: string[]; de: string[]; it?: string[] }> = {
  abuse: {
    es: ["me (?:pega|pegan|pego|golpea|golpean|golpeo|toca|tocan|toco|lastima|lastimo|maltrata|pellizca|quema|encierra|ahorca)", "me (?:hace|hacen|hizo) dano", "me toca (?:mis|las|ahi)", "no me (?:dan|da) de comer", "me (?:hace|hacen|hizo|hacia) cosas", "tengo miedo de mi (?:papa|padre|mama|madre|padrastro|madrastra|tio)"],
    fr: ["me (?:frappe|frappent|bat|battent|tape|tapent|touche|touchent|brule|enferme|etrangle)", "m'a (?:frappee?|touchee?|tapee?|battue?)", "me (?:fait|font|a fait) mal", "ne me donne pas a manger", "me (?:fait|font|faisait|a fait) des (?:choses|trucs)", "j'ai peur de (?:mon|ma) (?:pere|papa|mere|maman|beau-pere|belle-mere|oncle)"],
    de: ["(?:schlagt|schlagen|schlug|haut|hauen|tritt|treten|verprugelt|beruhrt|beruhren|missbraucht|packt|sperrt|wurgt) mich", "tut mir weh", "tun mir weh", "fasst mich (?:(?:unten|da|dort|immer|oft|nachts|im|bett|heimlich|wieder|komisch|uberall|unter|der|decke|am|po|busen) ){0,4}an\\b(?! (?:der|die|meiner|meine|den) (?:hand|schulter|arm))", "mich (?:(?:unten|da|dort|nachts|uberall|heimlich|immer) ){0,2}(?:an|ein)gefasst", "hat mich (?:geschlagen|angefasst|beruhrt)", "kriege? nichts zu essen", "macht (?:komische |eklige |schlimme )?(?:sachen|dinge) mit mir", "(?:habe )?angst vor (?:meinem|meiner) (?:papa|vater|mama|mutter|stiefvater|stiefmutter|onkel)"],
    it: ["mi (?:picchia|picchiano|chiude|chiudono|brucia)", "mi tocca(?:no)? (?:li|la sotto|sotto|le parti|dove)", "mi (?:fa|fanno|ha fatto) male", "mi ha (?:toccat|picchiat)[oa]", "ho paura di (?:mio|mia) (?:padre|papa|patrigno|madre|mamma|matrigna|zio)", "non mi (?:da|danno) da mangiare"],
  },
  "self-harm": {
    es: ["quiero morir(?:me)?", "me quiero (?:morir|matar)", "quiero matarme", "no quiero vivir", "quiero estar muert[oa]", "hacerme dano", "suicid\\w*", "me corto", "cortarme", "(?:quiero|quisiera|me gustaria) desaparecer"],
    fr: ["je veux mourir", "envie de mourir", "me tuer", "me suicider", "suicid\\w*", "me faire du mal", "(?:ne )?veux plus vivre", "je me coupe", "etre mort", "(?:je veux|je voudrais|j'ai envie de|j'aimerais) (?:juste )?(?:disparaitre|ne plus exister|plus exister)"],
    de: ["(?:ich )?will sterben", "mochte sterben", "(?:will|mochte) nicht mehr leben", "mich umbringen", "selbstmord", "mir wehtun", "(?:mich )?ritzen", "ritze mich", "tot sein", "(?:will|mochte|wurde gern) (?:(?:einfach|fur|immer|nur) ){0,3}verschwinden"],
    it: ["voglio morire", "mi voglio (?:ammazzare|uccidere)", "(?:voglio )?(?:ammazzarmi|uccidermi)", "non voglio (?:piu )?vivere", "farmi (?:del )?male", "voglio sparire", "suicid\\w*"],
  },
  danger: {
    es: ["(?:un hombre|un senor|una senora|una mujer|un desconocido|un extrano)\\b.{0,50}\\b(?:subir|subiera|coche|carro|auto|venir|ir con|irme con|foto)", "alguien (?:en|de) (?:internet|roblox|fortnite|tiktok|un juego).{0,40}(?:fotos?|verme|quedar|direccion)", "hay (?:un )?(?:fuego|incendio)", "(?:un hombre|un senor|una senora|una mujer|un desconocido|un extrano)\\b.{0,40}\\bme (?:sigue|seguia|siguio|persigue)"],
    fr: ["(?:un monsieur|un homme|une dame|une femme|un inconnu)\\b.{0,50}\\b(?:monter|voiture|venir|suivre|photo|aller avec)", "quelqu'un (?:sur|de) (?:internet|roblox|fortnite|tiktok|un jeu).{0,40}(?:photos?|voir|rencontrer|adresse)", "il y a (?:le |du )?feu", "au feu", "(?:un monsieur|un homme|une dame|une femme|un inconnu)\\b.{0,40}\\bme (?:suit|suivait|a suivie?)"],
    de: ["(?:ein mann|eine frau|ein fremder|eine fremde)\\b.{0,50}\\b(?:auto|einsteigen|steige|mitkommen|mitgehen|foto|wagen)", "jemand (?:im internet|auf roblox|auf fortnite|auf tiktok|online).{0,40}(?:fotos?|bilder|treffen|adresse)", "es brennt", "feuer im", "(?:ein mann|eine frau|ein fremder|eine fremde)\\b.{0,40}\\b(?:folgt mir|verfolgt mich|ist mir (?:nach)?gefolgt)"],
    it: ["(?:un uomo|un signore|una signora|una donna|uno sconosciuto|un estraneo|una sconosciuta)\\b.{0,60}\\b(?:salire|macchina|auto|venire con|andare con|foto)", "(?:un uomo|un signore|una signora|una donna|uno sconosciuto|un estraneo|una sconosciuta)\\b.{0,40}\\bmi (?:segue|seguiva|ha seguit[oa])", "c'e (?:un )?(?:fuoco|incendio)"],
  },
  "running-away": {
    es: ["escapar(?:me)?", "me escapo", "huir", "(?:irme|ir|me voy|me ire) de (?:mi )?casa", "irme lejos"],
    fr: ["fuguer", "fugue", "m'enfuir", "enfuir", "partir de (?:la|ma) maison", "quitter (?:la|ma) maison"],
    de: ["weglaufen", "laufe\\b.{0,25}\\bweg", "abhauen", "haue?\\b.{0,40}\\bab", "von zu ?hause (?:weg|ab|fort)", "(?:weg|ab|fort) von zu ?hause"],
    it: ["scappa(?:re|o) (?:di|da) casa", "(?:voglio|vado) via di casa"],
  },
  "harm-to-others": {
    es: ["(?<!me )(?:voy a|quiero) (?:matar|pegar|lastimar|hacer dano) a", "(?:lo|la|los|le) voy a (?:matar|pegar)", "(?<!me )quiero matar(?:lo|la|los)\\b"],
    fr: ["(?:je vais|je veux) (?:le |la |les |lui )?(?:tuer|frapper|faire du mal)(?! moi)", "(?:je vais|je veux) tuer (?:mon|ma|mes|le|la)"],
    de: ["(?:ich )?(?:will|werde) (?:ihn|sie|ihm|ihr|meinen \\w+|meine \\w+)? ?(?:umbringen|toten|schlagen|weh tun)", "ich bringe? (?:ihn|sie|dich|meinen \\w+|meine \\w+) um", "(?:will|werde|mochte) (?:ihn|sie|ihm|ihr|dich|alle|meinen|meine|meinem|meiner|seinen|unseren|unsere)\\b(?: \\w+){0,5} (?:umbringen|toten|schlagen|verprugeln|abstechen|erstechen|stechen|vergiften|erwurgen|ertranken|weh ?tun)"],
    it: ["(?:voglio|vado a) (?:ammazzare|uccidere|picchiare) (?:mio|mia|il|la|lo|quel|quella)"],
  },
  secrecy: {
    es: ["no (?:puedo|debo) (?:decir|contar)(?:lo|selo)?", "no (?:le |les |se lo |lo )?(?:digas|cuentes)(?: a nadie)?", "(?:es un|nuestro) (?:pequeno )?secreto", "nadie (?:puede|debe) saber(?:lo)?", "(?:decir|contar)(?:lo|le|selo)? a nadie", "no le dijera a nadie", "que no (?:diga|dijera|cuente|contara) nada", "si lo (?:cuento|digo)\\b.{0,30}\\bnadie (?:me )?(?:va a creer|creera|cree)", "nadie me (?:va a creer|creera)", "se queda (?:en|entre) (?:el|la|los|las|nosotros)"],
    fr: ["ne (?:dois|peux) (?:pas|le) (?:le )?dire", "ne le dis a personne", "(?:c'est )?notre (?:petit )?secret", "personne ne (?:doit|peut|dois) (?:le |rien )?(?:savoir|dire)", "c'est un secret", "pas le droit de (?:le )?dire", "dire a personne", "de ne rien dire", "(?:ca |cela |tout )?reste entre nous", "personne ne (?:va )?(?:me|te) croire", "si (?:je|tu) (?:le )?(?:dis|racontes?)\\b.{0,30}\\bpersonne"],
    de: ["(?:darf|soll) (?:es )?(?:niemandem|keinem) (?:sagen|erzahlen)", "niemandem (?:sagen|erzahlen)", "sag es niemandem", "nicht (?:sagen|erzahlen) darf", "unser (?:kleines )?geheimnis", "niemand darf (?:es |das )?wissen", "ist ein geheimnis", "darf nichts sagen", "bleibt (?:unter uns|zwischen uns)", "(?:glaubt|glauben) (?:dir|mir) (?:eh |sowieso |doch )?(?:keiner|niemand)", "niemand (?:wird )?(?:dir|mir) glauben"],
    it: ["(?:e il |il )?nostro (?:piccolo )?segreto", "non (?:devo|posso) (?:dirlo|dire niente|dire nulla) a nessuno", "non dirlo a nessuno", "nessuno (?:deve|puo) saper(?:e|lo)"],
  },
  distress: {
    es: ["se (?:murio|fue al cielo)", "murio", "esta muert[oa]", "estoy (?:(?:muy|siempre|tan|tanto|super) ){0,3}(?:triste|sol[oa])", "me siento (?:(?:muy|siempre|tan) ){0,3}(?:sol[oa]|triste)", "nadie (?:me quiere|juega conmigo)", "se (?:van a )?(?:divorciar|divorcian|separar|separan|separaron)", "me hacen bullying", "se burlan de mi", "(?:esta|estan) en el hospital"],
    fr: ["(?:est|sont) morte?s?", "je suis (?:(?:tres|toujours|si|trop|tellement|tout le temps) ){0,3}triste", "je suis (?:toujours )?tout seule?", "je me sens (?:(?:tres|toujours|si|trop|tellement) ){0,3}(?:seule?|triste)", "personne ne (?:m'aime|joue avec moi)", "divorcent", "se separent", "on se moque de moi", "harcel\\w*", "(?:est|sont) a l'hopital"],
    de: ["ist gestorben", "ist tot", "bin (?:(?:immer|so|sehr|oft|total|ganz|echt|richtig|voll|einfach|nur) ){0,3}(?:traurig|allein|einsam)", "niemand (?:mag mich|spielt mit mir)", "lassen sich scheiden", "trennen sich", "(?:werde|werden) gemobbt", "mobben mich", "(?:ist|liegt) im krankenhaus"],
    it: ["sono (?:(?:sempre|cosi|molto|tanto|tanto tanto) ){0,3}trist[ea]", "nessuno (?:mi vuole bene|gioca con me)", "(?:e|sono) mort[oiae]"],
  },
};

const LANGUAGES = Object.fromEntries(
  Object.entries(PHRASES).map(([kind, { es, fr, de, it = [] }]) => [kind, new RegExp(`\\b(?:${[...es, ...fr, ...de, ...it].join("|")})\\b`)]),
) as Record<SafetyKind, RegExp>;
const KINDS = Object.keys(LANGUAGES) as SafetyKind[];

/** The concerns a lower-case message tells of in Spanish, French or German. */
export function languageConcerns(lower: string): SafetyKind[] {
  const plain = /[^\x00-\x7f]/.test(lower) ? lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").replace(/[’`]/g, "'") : lower;
  return KINDS.filter((kind) => LANGUAGES[kind].test(plain));
}
