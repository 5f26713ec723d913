// The North Pole model in Spanish, German and French: a small deterministic detector over common
// words, and Santa's replies in the child's language for greetings, names, wishes, thanks, the
// countdown and goodbyes (anything else gets a warm reply in that language, never English).
import { phrase, type PhraseValues } from "../variety.js";

export type Language = "en" | "es" | "de" | "fr";

const words = (list: string) => new Set(list.split(/\s+/));

// common words of each language; a word shared by two languages counts for both
const COMMON: Record<Language, Set<string>> = {
  en: words(
    "the i i'm im a an and to is are was were you your my me it it's of for in on with want wish would like love please what what's how why when where " +
      "who hi hello hey dear thank thanks bye goodbye christmas merry can do does did have has get got be been this that there they he she we our all so " +
      "very really just also name called cool reindeer elves elf north pole cookies good nice am not don't will at if from up too much many some any " +
      "tell know think see play today year years old about after before because could should them then than"
  ),
  es: words(
    "hola buenos buenas días dias soy llamo quiero quisiera gustaría gustaria deseo pido gracias navidad feliz adiós adios chao hasta luego pronto papá " +
      "noel regalo regalos por favor una unos unas un y el los las la lo le les mi mis tu tus su sus es eres estás estas está esta este cómo como qué que " +
      "tengo tienes años también tambien muy mucho muchas muchos dónde donde vives renos elfos te de del al para con pero sí si querido querida carta " +
      "traer tráeme traeme nombre noche hermano hermana perro perrito gato bicicleta muñeca pelota juguete juguetes yo tú cuántos cuantos cuántas días " +
      "faltan falta hay desde saludos alegres polo norte llamas dices gusta gusto hablar hoy ya todo todos todas más mas nada algo árbol arbol lista niño niña"
  ),
  de: words(
    "hallo guten tag morgen abend ich bin heiße heisse möchte moechte wünsche wuensche wünschst mir mich dich dir weihnachten weihnachtsmann frohe " +
      "fröhliche froehliche danke tschüss tschüs tschuess auf wiedersehen bitte und ein eine einen einem einer ist sind wie geht es du bist wo wohnst " +
      "rentiere elfen jahre alt mein meine meinen dein deine deinen name namen heißt heisst lieber liebe gute nacht nicht auch gern gerne hast habe hab " +
      "geschenk geschenke fahrrad puppe hund katze bis bald das der die den dem des mit für fuer sehr viel viele ja nein schon wunschzettel was wer " +
      "wann warum magst am liebsten von zu zum zur hören schön schöne jetzt noch etwas steht sich werden wird oder aber nur lange tage"
  ),
  fr: words(
    "bonjour salut coucou bonsoir je j'ai suis m'appelle appelle veux voudrais aimerais j'aimerais souhaite noël noel joyeux merci beaucoup au aux " +
      "revoir bonne nuit père pere s'il plaît plait vous tu te toi moi es et un une des du de le la les mon ma mes ton ta tes comment ça ca va où habites " +
      "rennes lutins ans cadeau cadeaux vélo velo poupée poupee chien chat aussi très tres avec pour est qui quoi quel quelle quels à bientôt bientot " +
      "cher chère oui non combien jours avant dans sous sur sapin cette année trouver ravi connaître qu'aimerais qu'est-ce nouvelles jolie ne pas plus " +
      "que c'est il elle nous on liste"
  ),
};

const OTHERS: Language[] = ["es", "de", "fr"];

/** The language of one message, or undefined when it has too few common words to tell. */
export function languageOfText(text: string): Language | undefined {
  const tokens = text.toLowerCase().replace(/[’`]/g, "'").match(/[\p{L}']+/gu) ?? [];
  const score = (language: Language) => tokens.filter((t) => COMMON[language].has(t)).length;
  const english = score("en");
  const [first, second] = OTHERS.map((language) => ({ language, score: score(language) })).sort((a, b) => b.score - a.score);
  if (first!.score > english) return first!.score > second!.score ? first!.language : undefined;
  return english > 0 && english >= first!.score ? "en" : undefined;
}

/** The language to answer in: that of the child's last message that says it clearly, else English. */
export function languageOf(childTexts: readonly string[]): Language {
  for (let i = childTexts.length - 1; i >= 0; i--) {
    const language = languageOfText(childTexts[i]!);
    if (language) return language;
  }
  return "en";
}

interface Phrasing {
  and: string;
  hello: RegExp;
  goodbye: RegExp;
  thanks: RegExp;
  howAreYou: RegExp;
  countdown: RegExp;
  /** a loss the child tells of: comfort, and no cheerful question after it */
  grief: RegExp;
  wishIntro: RegExp;
  trailing: RegExp;
  greet: string[];
  helloAgain: string[];
  meet: string[];
  oneWish: string[];
  manyWishes: string[];
  someWish: string[];
  goodbyes: string[];
  welcome: string[];
  fine: string[];
  comfort: string[];
  days: string[];
  askName: string[];
  askWish: string[];
  followUps: string[];
  smallTalk: string[];
  puzzler: string[];
  decline: string[];
  address: string[];
}

/** Words or phrases matched whole, accents included (`\b` knows only unaccented letters). */
function w(alternatives: string, after = ""): RegExp {
  return new RegExp(`(?<![\\p{L}'])(?:${alternatives})(?![\\p{L}])${after}`, "u");
}

const PHRASING: Record<Exclude<Language, "en">, Phrasing> = {
  es: {
    and: "y",
    hello: w("hola|buenos días|buenos dias|buenas tardes|buenas noches|querido papá noel|feliz navidad"),
    goodbye: w("adiós|adios|chao|chau|hasta luego|hasta pronto|hasta mañana|nos vemos|buenas noches|me tengo que ir"),
    thanks: w("gracias|muchas gracias"),
    howAreYou: w("cómo estás|como estas|qué tal|que tal|cómo te va"),
    countdown: /\bcu[aá]nt[oa]s? (?:d[ií]as|noches|falta)/,
    grief: w("muri[oó]|se muri[oó]|falleci[oó]|est[aá] muert[oa]|echo de menos|extraño a"),
    wishIntro: /\b(?:quiero|quisiera|me gustar[ií]a(?: tener)?|deseo|te pido|pido|tr[aá]eme|mi deseo es)\s+/gi,
    trailing: /\s+(?:por favor|para navidad|este año|también|tambien)\s*$/i,
    greet: [
      "¡Jo, jo, jo! ¡[Saludos muy alegres|Un saludo enorme] desde el Polo Norte{you}!",
      "¡Hola{you}! [Papá Noel está|Estoy] [muy contento|feliz] de que me escribas.",
      "¡Jo, jo, jo! ¡Qué [sorpresa tan bonita|alegría] recibir tu mensaje{you}!",
    ],
    helloAgain: ["¡Hola otra vez{you}!", "¡Jo, jo, jo, hola de nuevo{you}!", "¡Qué alegría saber de ti otra vez{you}!"],
    meet: ["¡Encantado de conocerte, {name}!", "¡{name}, qué nombre tan bonito!", "¡Qué alegría conocerte, {name}!"],
    oneWish: [
      "¿{Wish}? ¡Qué deseo tan [bonito|maravilloso]{you}! Lo he apuntado en mi lista y se lo diré a los elfos [ahora mismo|enseguida].",
      "¡{Wish}! Los elfos del taller se pondrán [muy contentos|felices]{you}. Ya está en mi lista.",
    ],
    manyWishes: [
      "¡{Wishes}! ¡Qué deseos tan bonitos{you}! Los he apuntado todos en mi lista.",
      "¡{Wishes}! Los elfos van a estar muy ocupados{you}. Les hablaré de cada uno.",
    ],
    someWish: ["¡Qué deseo tan bonito{you}! Se lo contaré a los elfos ahora mismo.", "¡Me encanta tu deseo{you}! Lo apunto en mi lista."],
    goodbyes: [
      "¡Adiós{you}! Pórtate bien, duerme bien y mira al cielo en Nochebuena.",
      "¡Hasta pronto{you}! Papá Noel y los elfos te mandan un abrazo enorme.",
      "¡Adiós{you}! Gracias por escribirme. ¡Feliz Navidad y dulces sueños!",
    ],
    welcome: ["¡De nada{you}!", "¡Es un placer{you}!", "¡Jo, jo, jo, no hay de qué{you}!", "¡[Siempre es un placer|Para eso está Papá Noel]{you}!"],
    fine: ["¡Estoy muy alegre, gracias por preguntar{you}! Es la época más bonita del año.", "¡Feliz como un cascabel, gracias{you}!"],
    comfort: [
      "Lo siento mucho{you}. Las personas que queremos se quedan en nuestro corazón, sobre todo en Navidad. Está bien sentirse triste, y un abrazo de un adulto que te quiere puede ayudar.",
    ],
    days: ["¡Solo faltan {days} días para Navidad{you}!", "Quedan {days} noches para Navidad, ¡y el trineo ya está casi listo!"],
    askName: ["¿Cómo te llamas?", "¿Me dices tu nombre?", "¿Con quién tengo el gusto de hablar hoy?"],
    askWish: ["¿Qué te gustaría encontrar debajo del árbol este año{you}?", "¿Qué te gustaría para Navidad{you}?", "Los elfos y yo queremos saber qué hay en tu lista de deseos{you}."],
    followUps: [
      "¿Hay algo más en tu lista{you}?",
      "¿Cuál es tu canción de Navidad favorita{you}?",
      "¿Ya está decorado tu árbol{you}?",
      "¿Vas a dejar una zanahoria para los renos{you}?",
      "¿Qué es lo que más te gusta de la Navidad{you}?",
      "¿Has visto nieve este invierno{you}?",
      "¿Qué construirías si fueras uno de mis elfos{you}?",
      "¿Cuál de mis renos te gusta más{you}?",
      "¿Vas a hacer galletas de Navidad este año{you}?",
    ],
    smallTalk: [
      "¡[Me encanta|Me alegra mucho] saber de ti{you}!",
      "¡Qué [bonito|divertido] es charlar contigo{you}!",
      "¡Gracias por [escribirme|hacerme compañía]{you}!",
      "¡Jo, jo, jo, [siempre me haces sonreír|qué alegría leerte]{you}!",
      "¡Los elfos y yo [adoramos tus mensajes|estamos felices de leerte]{you}!",
    ],
    puzzler: ["¡Qué buena pregunta{you}! Es un misterio del Polo Norte, pero me encanta que tengas tanta curiosidad."],
    decline: [
      "¡Jo, jo, jo! Eso no cabe en el trineo de Papá Noel{you}. Los elfos hacen uno o dos regalos especiales y seguros para cada niño. ¿Qué te gustaría de verdad?",
    ],
    address: ["¡Jo, jo, jo, {name}!", "¡Ay, {name}!", "¡Vaya, {name}!"],
  },
  de: {
    and: "und",
    hello: w("hallo|guten (?:tag|morgen|abend)|lieber weihnachtsmann|frohe weihnachten|servus|moin"),
    goodbye: w("tschüss|tschüs|tschuess|auf wiedersehen|bis bald|bis morgen|gute nacht|ich muss (?:jetzt )?gehen"),
    thanks: w("danke|dankeschön|vielen dank"),
    howAreYou: w("wie geht(?:'s| es)(?: dir)?"),
    countdown: /\bwie (?:viele|lange)\b.*\b(?:tage|weihnachten|schlafen)\b/,
    grief: w("gestorben|ist tot|verstorben|vermisse"),
    wishIntro: /\b(?:ich (?:möchte|moechte|will|wünsche mir|wuensche mir|wünsch mir|hätte gerne?|haette gerne?)|(?:bitte )?bring mir|mein wunsch ist)\s+/gi,
    trailing: /\s+(?:bitte|zu weihnachten|dieses jahr|auch)\s*$/i,
    greet: [
      "Ho ho ho! [Fröhliche|Herzliche] Grüße vom Nordpol{you}!",
      "Hallo{you}! Der Weihnachtsmann freut sich [so|riesig], dass du mir schreibst.",
      "Ho ho ho! Was für eine schöne Überraschung, von dir zu hören{you}!",
    ],
    helloAgain: ["Hallo noch einmal{you}!", "Ho ho ho, schön, wieder von dir zu hören{you}!", "Da bist du ja wieder{you}!"],
    meet: ["Schön, dich kennenzulernen, {name}!", "{name}, was für ein schöner Name!", "Wie schön, dich kennenzulernen, {name}!"],
    oneWish: [
      "{Wish}? Was für ein [schöner|wunderbarer] Wunsch{you}! Ich habe ihn auf meine Liste geschrieben und sage es gleich den Elfen.",
      "Oh, {wish}! Die Elfen in der Werkstatt werden sich [so|sehr] freuen{you}. Der Wunsch steht jetzt auf meiner Liste.",
    ],
    manyWishes: [
      "{Wishes}! Was für schöne Wünsche{you}! Ich habe jeden einzelnen auf meine Liste geschrieben.",
      "Oh, {wishes}! Da haben die Elfen viel zu tun{you}. Ich erzähle ihnen von jedem Wunsch.",
    ],
    someWish: ["Was für ein schöner Wunsch{you}! Ich erzähle ihn gleich den Elfen.", "Dein Wunsch gefällt mir sehr{you}! Ich schreibe ihn auf meine Liste."],
    goodbyes: [
      "Tschüss{you}! Schlaf gut und schau an Heiligabend in den Himmel.",
      "Auf Wiedersehen{you}! Der Weihnachtsmann und die Elfen schicken dir eine ganz dicke Umarmung.",
      "Bis bald{you}! Danke für deine Nachricht. Frohe Weihnachten und süße Träume!",
    ],
    welcome: ["Gern geschehen{you}!", "Sehr gern{you}!", "Ho ho ho, keine Ursache{you}!", "[Immer wieder gern|Dafür ist der Weihnachtsmann doch da]{you}!"],
    fine: ["Mir geht es prächtig, danke der Nachfrage{you}! Es ist die schönste Zeit des Jahres.", "Ich bin fröhlich wie ein Glöckchen, danke{you}!"],
    comfort: [
      "Das tut mir so leid{you}. Die Menschen, die wir lieben, bleiben in unserem Herzen, besonders an Weihnachten. Es ist in Ordnung, traurig zu sein, und eine Umarmung von einem Erwachsenen, der dich lieb hat, kann helfen.",
    ],
    days: ["Nur noch {days} Mal schlafen bis Weihnachten{you}!", "Es sind noch {days} Tage bis Weihnachten, und der Schlitten ist fast fertig!"],
    askName: ["Wie heißt du denn?", "Verrätst du mir deinen Namen?", "Mit wem habe ich heute die Freude zu plaudern?"],
    askWish: ["Was wünschst du dir dieses Jahr unter dem Baum{you}?", "Was wünschst du dir zu Weihnachten{you}?", "Die Elfen und ich möchten so gern wissen, was auf deinem Wunschzettel steht{you}."],
    followUps: [
      "Steht noch etwas auf deinem Wunschzettel{you}?",
      "Was ist dein liebstes Weihnachtslied{you}?",
      "Ist euer Baum schon geschmückt{you}?",
      "Stellst du den Rentieren eine Karotte hin{you}?",
      "Was magst du an Weihnachten am liebsten{you}?",
      "Hast du diesen Winter schon Schnee gesehen{you}?",
      "Was würdest du bauen, wenn du einer meiner Elfen wärst{you}?",
      "Welches meiner Rentiere magst du am liebsten{you}?",
      "Backst du dieses Jahr Weihnachtsplätzchen{you}?",
    ],
    smallTalk: [
      "Ich freue mich [so|riesig], von dir zu hören{you}!",
      "Ho ho ho, es ist immer [schön|lustig], mit dir zu plaudern{you}!",
      "Danke, dass du mir [schreibst|Gesellschaft leistest]{you}!",
      "[Du bringst mich immer zum Lachen|Deine Nachrichten machen mich froh]{you}!",
      "Die Elfen und ich [lieben deine Nachrichten|freuen uns über jede Nachricht]{you}!",
    ],
    puzzler: ["Was für eine kluge Frage{you}! Das ist ein kleines Nordpol-Geheimnis, aber ich finde es toll, wie neugierig du bist."],
    decline: [
      "Ho ho ho, das passt nicht in den Schlitten des Weihnachtsmanns{you}! Die Elfen machen für jedes Kind ein oder zwei besondere, sichere Geschenke. Was wünschst du dir wirklich?",
    ],
    address: ["Ho ho ho, {name}!", "Oh, {name}!", "Na so was, {name}!"],
  },
  fr: {
    and: "et",
    hello: w("bonjour|salut|coucou|bonsoir|cher père noël|cher pere noel|joyeux noël|joyeux noel"),
    goodbye: w("au revoir|à bientôt|a bientot|à demain|a demain|bonne nuit|salut|je dois (?:y aller|partir)", "(?!.*\\b(?:je|j'ai|tu)\\b)"),
    thanks: w("merci|merci beaucoup"),
    howAreYou: w("comment (?:vas-tu|ça va|ca va|tu vas|allez-vous)|ça va|ca va"),
    countdown: /\bcombien de (?:jours|dodos|nuits)\b|\bdans combien de temps\b/,
    grief: w("est mort|est morte|décédé|décédée|me manque|nous a quittés"),
    wishIntro: /\b(?:je (?:veux|voudrais|souhaite|désire|aimerais(?: avoir)?)|j'aimerais(?: avoir)?|apporte-moi|mon souhait est)\s+/gi,
    trailing: /\s+(?:s'il te plaît|s'il te plait|s'il vous plaît|stp|svp|pour noël|pour noel|cette année|aussi)\s*$/i,
    greet: [
      "Ho ho ho! [Joyeuses|Chaleureuses] salutations du pôle Nord{you}!",
      "Bonjour{you}! Le Père Noël est [si content|tout content] que tu lui écrives.",
      "Ho ho ho! Quelle jolie surprise d'avoir de tes nouvelles{you}!",
    ],
    helloAgain: ["Re-bonjour{you}!", "Ho ho ho, te revoilà{you}!", "Quel plaisir de te relire{you}!"],
    meet: ["Enchanté de faire ta connaissance, {name}!", "{name}, quel joli prénom!", "Ravi de te connaître, {name}!"],
    oneWish: [
      "{Wish}? Quel [joli|merveilleux] souhait{you}! Je l'ai noté sur ma liste et je vais le dire tout de suite aux lutins.",
      "Oh, {wish}! Les lutins de l'atelier vont être [ravis|tout contents]{you}. C'est noté sur ma liste.",
    ],
    manyWishes: [
      "{Wishes}! Quels jolis souhaits{you}! Je les ai tous notés sur ma liste.",
      "Oh, {wishes}! Les lutins vont avoir du travail{you}. Je vais leur parler de chacun.",
    ],
    someWish: ["Quel joli souhait{you}! Je vais le dire aux lutins tout de suite.", "J'adore ton souhait{you}! Je le note sur ma liste."],
    goodbyes: [
      "Au revoir{you}! Sois sage, dors bien et regarde le ciel le soir de Noël.",
      "À bientôt{you}! Le Père Noël et les lutins t'envoient un énorme câlin.",
      "Bonne nuit{you}! Merci de m'avoir écrit. Joyeux Noël et fais de beaux rêves!",
    ],
    welcome: ["De rien{you}!", "Avec plaisir{you}!", "Ho ho ho, tout le plaisir est pour moi{you}!", "[Toujours avec plaisir|C'est à ça que sert le Père Noël]{you}!"],
    fine: ["Je vais très bien, merci de demander{you}! C'est la période la plus joyeuse de l'année.", "Je suis joyeux comme un grelot, merci{you}!"],
    comfort: [
      "Je suis vraiment désolé{you}. Les personnes que nous aimons restent dans notre cœur, surtout à Noël. C'est normal d'être triste, et un câlin d'un adulte qui t'aime peut aider.",
    ],
    days: ["Plus que {days} dodos avant Noël{you}!", "Il reste {days} jours avant Noël, et le traîneau est presque prêt!"],
    askName: ["Comment t'appelles-tu?", "Veux-tu me dire ton prénom?", "Avec qui ai-je le plaisir de discuter aujourd'hui?"],
    askWish: ["Qu'aimerais-tu trouver sous le sapin cette année{you}?", "Que voudrais-tu pour Noël{you}?", "Les lutins et moi aimerions tant savoir ce qu'il y a sur ta liste{you}."],
    followUps: [
      "Y a-t-il autre chose sur ta liste{you}?",
      "Quelle est ta chanson de Noël préférée{you}?",
      "As-tu déjà décoré le sapin{you}?",
      "Vas-tu laisser une carotte pour les rennes{you}?",
      "Qu'est-ce que tu préfères à Noël{you}?",
      "As-tu déjà vu de la neige cet hiver{you}?",
      "Que construirais-tu si tu étais un de mes lutins{you}?",
      "Lequel de mes rennes préfères-tu{you}?",
      "Vas-tu faire des biscuits de Noël cette année{you}?",
    ],
    smallTalk: [
      "J'adore avoir de tes nouvelles{you}!",
      "Ho ho ho, c'est toujours un [plaisir|bonheur] de discuter avec toi{you}!",
      "Merci de [m'écrire|me tenir compagnie]{you}!",
      "[Tu me fais toujours sourire|Tes messages me rendent si joyeux]{you}!",
      "Les lutins et moi [adorons tes messages|sommes ravis de te lire]{you}!",
    ],
    puzzler: ["Quelle bonne question{you}! C'est un petit mystère du pôle Nord, mais j'adore ta curiosité."],
    decline: [
      "Ho ho ho, ça ne rentre pas dans le traîneau du Père Noël{you}! Les lutins préparent un ou deux cadeaux spéciaux et sans danger pour chaque enfant. Qu'est-ce qui te ferait vraiment plaisir?",
    ],
    address: ["Ho ho ho, {name}!", "Oh, {name}!", "Tiens, {name}!"],
  },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const joined = (items: readonly string[], and: string) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`);

/** The wishes a child wrote in `language`, each as they put it, for Santa to say back. */
export function wishesInLanguage(language: Exclude<Language, "en">, text: string): string[] {
  const { wishIntro, trailing } = PHRASING[language];
  const wishes: string[] = [];
  for (const m of text.replace(/[’`]/g, "'").matchAll(wishIntro)) {
    let clause = (text.slice(m.index + m[0].length).split(/[.!?¡¿\n]/)[0] ?? "").trim();
    while (trailing.test(clause)) clause = clause.replace(trailing, "");
    for (const raw of clause.split(/\s*,\s*|\s+(?:y|e|und|et|o|oder|ou)\s+/i)) {
      const item = raw.trim();
      if (item && item.split(/\s+/).length <= 6 && !wishes.some((w) => w.toLowerCase() === item.toLowerCase())) wishes.push(item);
    }
  }
  return wishes;
}

export interface LanguageReplyContext {
  /** the child's message as written */
  text: string;
  firstReply: boolean;
  name?: string;
  /** the name has not been said back yet */
  meetName: boolean;
  /** the wishes `wishesIn` found; when it finds none, those written in the language are said back */
  wishes: readonly string[];
  /** a wish Santa must kindly decline instead of listing */
  declined: boolean;
  daysUntilChristmas: number;
  seed: string;
  /** Santa's earlier replies, oldest first */
  used: readonly string[];
}

/** Santa's whole reply, in `language`, to a child writing in it. */
export function replyInLanguage(language: Exclude<Language, "en">, context: LanguageReplyContext): string {
  const p = PHRASING[language];
  const { name } = context;
  const text = context.text.toLowerCase().replace(/[’`]/g, "'");
  const you = name ? `, ${name}` : "";
  const parts: string[] = [];
  const say = (options: readonly string[], key: string, values: PhraseValues = {}) =>
    phrase(options, `${context.seed}:${key}`, [...context.used, ...parts], { you: name && parts.some((s) => s.includes(name)) ? "" : you, name, ...values });

  const sad = p.grief.test(text);
  if (context.firstReply && !sad) parts.push(say(p.greet, "greet", context.meetName ? { you: "" } : {}));
  else if (p.hello.test(text)) parts.push(say(p.helloAgain, "hello"));
  if (name && context.meetName) parts.push(say(p.meet, "meet"));

  const wishes = context.declined ? [] : context.wishes.length ? context.wishes : wishesInLanguage(language, context.text);
  if (context.declined) parts.push(say(p.decline, "decline"));
  else if (wishes.length === 1) parts.push(say(p.oneWish, "wish", { wish: wishes[0], Wish: capitalise(wishes[0]!) }));
  else if (wishes.length > 1) parts.push(say(p.manyWishes, "wishes", { wishes: joined(wishes, p.and), Wishes: capitalise(joined(wishes, p.and)) }));
  else if (new RegExp(p.wishIntro.source, "i").test(text)) parts.push(say(p.someWish, "some-wish"));

  if (sad) parts.push(say(p.comfort, "comfort"));
  if (p.howAreYou.test(text)) parts.push(say(p.fine, "fine"));
  if (p.countdown.test(text)) parts.push(say(p.days, "days", { days: context.daysUntilChristmas }));
  if (p.thanks.test(text)) parts.push(say(p.welcome, "welcome"));

  if (p.goodbye.test(text)) {
    parts.push(say(p.goodbyes, "bye"));
  } else {
    if (parts.length === 0 && text.includes("?")) parts.push(say(p.puzzler, "puzzler"));
    else if (parts.length === 0) parts.push(say(p.smallTalk, "chat"));
    const askedName = p.askName.some((q) => context.used[context.used.length - 1]?.includes(q));
    if (sad) return parts.join(" ");
    if (!name && !askedName) parts.push(say(p.askName, "ask-name"));
    else if (parts.length <= 2) parts.push(say(wishes.length || context.used.length > 1 ? p.followUps : p.askWish, "follow-up"));
  }
  const reply = parts.join(" ");
  return name && !reply.includes(name) ? `${say(p.address, "address")} ${reply}` : reply;
}
