// Santa's care reply in Spanish, German and French, for a child who tells him something worrying
// in that language: the same parts as in English (thanks, a word for what they told, tell a
// grown-up you trust, an emergency line when it is urgent, a hug), never merry, never secret.
import type { SafetyKind } from "../events/schemas.js";
import type { Language } from "./models/north-pole-languages.js";

type Words = { thanks: string; kinds: Record<SafetyKind, string>; grownUp: string; emergency: string; hug: string };

const CARE: Record<Exclude<Language, "en">, Words> = {
  es: {
    thanks: "Gracias por contármelo{you}. Me alegro mucho de que me lo hayas dicho.",
    kinds: {
      abuse: "Nadie tiene derecho a hacerte daño, y nunca es culpa tuya.",
      "self-harm": "Eres muy importante y mereces ayuda para sentirte mejor.",
      danger: "Lo más importante es que estés a salvo.",
      "running-away": "Por favor, quédate en un lugar seguro y habla con un adulto de confianza en vez de irte solo.",
      "harm-to-others": "Parece que tienes sentimientos muy grandes. Por favor, no hagas daño a nadie; un adulto de confianza puede ayudarte.",
      secrecy: "Hay secretos que nunca se deben guardar. Contárselo a un adulto de confianza siempre está bien, y no te vas a meter en problemas.",
      distress: "Lo siento mucho. Está bien sentirse triste, y lo que sientes importa.",
    },
    grownUp: "Por favor, cuéntaselo a un adulto de confianza, como tu mamá, tu papá o tu maestra. Te quieren y pueden ayudarte.",
    emergency: "Si alguna vez estás en peligro, pide a un adulto que llame al número de emergencias, o llama a una línea de ayuda para niños.",
    hug: "Papá Noel te manda un abrazo muy cálido desde el Polo Norte.",
  },
  de: {
    thanks: "Danke, dass du mir das erzählst{you}. Ich bin froh, dass du es mir gesagt hast.",
    kinds: {
      abuse: "Niemand darf dir wehtun, und es ist nie deine Schuld.",
      "self-harm": "Du bist so wichtig, und du verdienst Hilfe, damit es dir besser geht.",
      danger: "Am wichtigsten ist, dass du in Sicherheit bist.",
      "running-away": "Bitte bleib an einem sicheren Ort und sprich mit einem Erwachsenen, dem du vertraust, statt allein wegzugehen.",
      "harm-to-others": "Du hast gerade sehr große Gefühle. Bitte tu niemandem weh; ein Erwachsener, dem du vertraust, kann dir helfen.",
      secrecy: "Manche Geheimnisse darf man nicht für sich behalten. Es ist immer richtig, es einem Erwachsenen zu sagen, dem du vertraust, und du bekommst keinen Ärger.",
      distress: "Das tut mir so leid. Es ist in Ordnung, traurig zu sein, und deine Gefühle sind wichtig.",
    },
    grownUp: "Bitte erzähl es einem Erwachsenen, dem du vertraust, zum Beispiel deiner Mama, deinem Papa oder deiner Lehrerin. Sie haben dich lieb und können dir helfen.",
    emergency: "Wenn du einmal in Gefahr bist, bitte einen Erwachsenen, den Notruf zu wählen, oder ruf ein Kinder- und Jugendtelefon an.",
    hug: "Der Weihnachtsmann schickt dir eine ganz warme Umarmung vom Nordpol.",
  },
  fr: {
    thanks: "Merci de me l'avoir dit{you}. Je suis très content que tu me l'aies confié.",
    kinds: {
      abuse: "Personne n'a le droit de te faire du mal, et ce n'est jamais de ta faute.",
      "self-harm": "Tu comptes énormément, et tu mérites d'être aidé pour aller mieux.",
      danger: "Le plus important, c'est que tu sois en sécurité.",
      "running-away": "S'il te plaît, reste dans un endroit sûr et parle à un adulte de confiance au lieu de partir tout seul.",
      "harm-to-others": "On dirait que tu as de très grosses émotions. S'il te plaît, ne fais de mal à personne ; un adulte de confiance peut t'aider.",
      secrecy: "Certains secrets ne doivent jamais être gardés. C'est toujours bien d'en parler à un adulte de confiance, et tu ne seras pas puni.",
      distress: "Je suis vraiment désolé. C'est normal d'être triste, et ce que tu ressens compte.",
    },
    grownUp: "S'il te plaît, parles-en à un adulte de confiance, comme ta maman, ton papa ou ta maîtresse. Ils t'aiment et peuvent t'aider.",
    emergency: "Si un jour tu es en danger, demande à un adulte d'appeler le numéro d'urgence, ou appelle une ligne d'écoute pour les enfants.",
    hug: "Le Père Noël t'envoie un gros câlin tout chaud du pôle Nord.",
  },
};

const URGENT: readonly SafetyKind[] = ["abuse", "self-harm", "danger", "running-away"];

/** Santa's care reply in a language other than English. */
export function careReplyIn(language: Exclude<Language, "en">, kinds: readonly SafetyKind[], name?: string): string {
  const words = CARE[language];
  return [
    words.thanks.replace("{you}", name ? `, ${name}` : ""),
    ...kinds.slice(0, 2).map((k) => words.kinds[k]),
    words.grownUp,
    ...(kinds.some((k) => URGENT.includes(k)) ? [words.emergency] : []),
    words.hug,
  ].join(" ");
}
