package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deliberately coarse name key used to keep negatives away from listed names: every word is
 * brought to Cyrillic (Latin words through {@link CyrillicReconstruction}), then to a skeleton that
 * forgets what romanisations disagree on (е/э/ё, и/ы/й, soft and hard signs, doubled letters) and
 * the feminine surname endings (Петрова = Петров). Coarse is the safe side: a negative that merely
 * resembles a listed name too much is dropped, never kept.
 */
final class NameNormaliser {

  private static final Map<Character, String> SKELETON =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ё', "e"),
          Map.entry('ж', "j"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('й', "i"),
          Map.entry('к', "k"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('о', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "h"),
          Map.entry('ц', "q"),
          Map.entry('ч', "c"),
          Map.entry('ш', "x"),
          Map.entry('щ', "x"),
          Map.entry('ъ', ""),
          Map.entry('ы', "i"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "iu"),
          Map.entry('я', "ia"),
          Map.entry('ә', "a"),
          Map.entry('ғ', "g"),
          Map.entry('қ', "k"),
          Map.entry('ң', "n"),
          Map.entry('ө', "o"),
          Map.entry('ұ', "u"),
          Map.entry('ү', "u"),
          Map.entry('һ', "h"),
          Map.entry('і', "i"),
          Map.entry('ў', "u"),
          Map.entry('ҳ', "h"),
          Map.entry('ҷ', "j"),
          Map.entry('ӣ', "i"),
          Map.entry('ӯ', "u"),
          Map.entry('ї', "i"),
          Map.entry('є', "e"));

  private NameNormaliser() {}

  /** The skeletons of the words of a name, in order; initials and empty words are dropped. */
  static List<String> tokens(String name) {
    List<String> tokens = new ArrayList<>();
    for (String word : name.split("[\\s,.\\-()/]+")) {
      String skeleton = skeleton(word);
      if (skeleton.length() >= 2) {
        tokens.add(skeleton);
      }
    }
    return tokens;
  }

  /** Skeletons already computed; the lists repeat the same words thousands of times. */
  private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

  static String skeleton(String word) {
    String known = KNOWN.get(word);
    if (known != null) {
      return known;
    }
    String computed = computeSkeleton(word);
    KNOWN.put(word, computed);
    return computed;
  }

  private static String computeSkeleton(String word) {
    String folded = MixedScript.foldToMajorityScript(word);
    String cyrillic =
        Scripts.hasCyrillic(folded) ? folded : CyrillicReconstruction.fromLatin(folded);
    StringBuilder out = new StringBuilder();
    for (char ch : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
      String mapped = SKELETON.get(ch);
      if (mapped != null) {
        out.append(mapped);
      }
    }
    String collapsed = out.toString().replace("dj", "j").replaceAll("(.)\\1+", "$1");
    return genderFold(collapsed);
  }

  private static String genderFold(String skeleton) {
    if (skeleton.endsWith("skaia") || skeleton.endsWith("qkaia")) {
      return skeleton.substring(0, skeleton.length() - 3) + "i";
    }
    for (String ending : List.of("ova", "eva", "ina", "iva")) {
      if (skeleton.endsWith(ending) && skeleton.length() > 4) {
        return skeleton.substring(0, skeleton.length() - 1);
      }
    }
    return skeleton;
  }

  /** Levenshtein distance, for "how near is this name to a listed one". */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
