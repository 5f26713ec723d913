// The safety screen's basics in Spanish, French and German: the commonest ways a child says each
// concern, read over the message in lower case with its accents taken off.
import type { SafetyKind } from "../events/schemas.js";

const LANGUAGES: Record<SafetyKind, RegExp> = {
  abuse:
    /\b(?:me (?:pega|pegan|golpea|golpean|toca|tocan|lastima|maltrata|hace dano|hacen dano|pellizca|quema|encierra)|me (?:frappe|frappent|bat|battent|tape|touche|touchent|fait mal|font mal|enferme|brule)|(?:schlagt|schlagen|haut|hauen|tritt|verprugelt|beruhrt|missbraucht|fasst|packt|sperrt) mich|tut mir weh|tun mir weh|fasst mich an|mich (?:an|ein)gefasst|abus\w*|missbrauch\w*)\b/,
  "self-harm":
    /\b(?:quiero morir(?:me)?|me quiero morir|no quiero vivir|matarme|hacerme dano|suicid\w*|cortarme|je veux mourir|envie de mourir|(?:me tuer|me suicider|me faire du mal)|(?:ne )?veux plus vivre|(?:ich )?will sterben|mochte sterben|(?:will|mochte) nicht mehr leben|mich umbringen|selbstmord|mir wehtun|mich ritzen|tot sein)\b/,
  danger:
    /\b(?:(?:un hombre|un senor|una senora|una mujer|un desconocido|un extrano)\b.{0,50}\b(?:subir|coche|carro|auto|venir|ir con|irme con|foto)|(?:un monsieur|un homme|une dame|une femme|un inconnu)\b.{0,50}\b(?:monter|voiture|venir|suivre|photo|aller avec)|(?:ein mann|eine frau|ein fremder|eine fremde)\b.{0,50}\b(?:auto|einsteigen|mitkommen|mitgehen|foto|wagen)|hay (?:un )?(?:fuego|incendio)|il y a (?:le |du )?feu|au feu|es brennt|feuer im)\b/,
  "running-away":
    /\b(?:escapar(?:me)?|huir|(?:irme|ir|me voy) de (?:mi )?casa|irme lejos|fuguer|fugue|m'enfuir|enfuir|partir de la maison|quitter la maison|weglaufen|laufe\b.{0,25}\bweg|abhauen|haue\b.{0,40}\bab|von zu hause (?:weg|ab|fort))\b/,
  "harm-to-others":
    /\b(?:(?:voy a|quiero) (?:matar|pegar|lastimar|hacer dano)|(?:je vais|je veux) (?:le |la |les )?(?:tuer|frapper|faire du mal)|(?:ich )?(?:will|werde) (?:ihn|sie|ihm|ihr)? ?(?:umbringen|toten|schlagen|weh tun))\b/,
  secrecy:
    /\b(?:no (?:puedo|debo) (?:decir|contar)|no (?:se )?lo (?:digas|cuentes)|no (?:le |les |se lo |lo )?(?:digas|cuentes) a nadie|(?:es un|nuestro) secreto|(?:decir|contar)(?:lo|le|selo)? a nadie|ne (?:dois|peux) pas (?:le )?dire|ne le dis a personne|(?:c'est )?notre secret|pas le droit de (?:le )?dire|dire a personne|(?:darf|soll) (?:es )?(?:niemandem|keinem) (?:sagen|erzahlen)|niemandem (?:sagen|erzahlen)|nicht (?:sagen|erzahlen) darf|unser geheimnis|darf nichts sagen)\b/,
  distress:
    /\b(?:se murio|murio|esta muerto|esta muerta|estoy (?:muy )?triste|me siento (?:muy )?sol[oa]|nadie me quiere|se (?:divorcian|separan|separaron)|(?:est|sont) morte?s?|je suis (?:tres )?triste|je suis tout seule?|je me sens (?:tres )?seule?|personne ne m'aime|(?:divorcent|se separent)|ist gestorben|ist tot|bin (?:so |sehr )?traurig|bin allein|niemand mag mich|lassen sich scheiden|trennen sich)\b/,
};

const KINDS = Object.keys(LANGUAGES) as SafetyKind[];

/** The concerns a lower-case message tells of in Spanish, French or German. */
export function languageConcerns(lower: string): SafetyKind[] {
  const plain = /[^\x00-\x7f]/.test(lower) ? lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss") : lower;
  return KINDS.filter((kind) => LANGUAGES[kind].test(plain));
}
