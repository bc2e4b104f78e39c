package org.kuzet.engine.screening.text;

import java.util.Arrays;

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded. */
public final class EditDistance {

  private EditDistance() {}

  /**
   * The distance between {@code a} and {@code b} if it is at most {@code max}; otherwise some value
   * above {@code max}. Stops early once every path exceeds the bound.
   */
  public static int within(CharSequence a, CharSequence b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    // every letter one side has and the other lacks takes an edit of its own
    long onlyA = letters(a) & ~letters(b);
    long onlyB = letters(b) & ~letters(a);
    if (Math.max(Long.bitCount(onlyA), Long.bitCount(onlyB)) > max) {
      return max + 1;
    }
    return table(a, b, max, false);
  }

  /** A slip of the pen: swapped neighbours, a vowel for a vowel, a sound-alike consonant. */
  static final double TYPO = 1.0;

  /** A digit written for the letter it looks like (0/o, 1/i, 3/e, 4/a, 5/s, 8/b, 9/g). */
  static final double LOOKALIKE = 0.5;

  /** Another consonant, or a consonant more or less: usually another name (Karimov, Kasimov). */
  static final double OTHER = 2.5;

  /** Extra cost of changing a first consonant: people rarely misspell how a name starts. */
  static final double FIRST_LETTER = 2.0;

  /**
   * A weighted optimal-string-alignment distance over tolerant keys ({@link Keys#fold}), built to
   * tell a misspelling from another name. Swapped neighbours, vowel for vowel, sound-alike
   * consonants (b/p, d/t, g/k/c/q, s/z/c/x, z/j, g/h, v/f), a vowel, h, j, doubled letter or final
   * s more or less each cost {@link #TYPO}; a look-alike digit or a letter OCR confuses (l/i, u/v,
   * c/e, n/h, o/d, rn/m, cl/d) {@link #LOOKALIKE}; any other consonant change {@link #OTHER}, and a
   * change of the first consonant {@link #FIRST_LETTER} more. Returns the cost if it is at most
   * {@code max}, otherwise some value above {@code max}.
   */
  public static double weighted(CharSequence a, CharSequence b, double max) {
    return weighted(a, b, max, true);
  }

  /**
   * Like {@link #weighted(CharSequence, CharSequence, double)}; when {@code strict} is false any
   * other letter costs {@link #TYPO} too and the first letter costs nothing extra, which is plain
   * edit distance with cheap look-alike digits. Callers are strict when the misspelt word is itself
   * a known name (Kozlov is not a misspelt Kislov).
   */
  public static double weighted(CharSequence a, CharSequence b, double max, boolean strict) {
    double other = strict ? OTHER : TYPO;
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) * TYPO > max) {
      return max + 1;
    }
    // every letter one side has and the other lacks takes an edit of its own, which costs
    // LOOKALIKE when the other side has a letter it looks like (l/i, 0/o, rn/m), else TYPO
    long lettersA = letters(a);
    long lettersB = letters(b);
    long onlyA = lettersA & ~lettersB;
    long onlyB = lettersB & ~lettersA;
    if (Math.max(lowerBound(onlyA, lettersB), lowerBound(onlyB, lettersA)) > max) {
      return max + 1;
    }
    double[][] rows = ROWS.get();
    if (rows[0].length <= m) {
      rows = new double[][] {new double[m + 1], new double[m + 1], new double[m + 1]};
    }
    double[] prev2 = rows[0];
    double[] prev = rows[1];
    double[] cur = rows[2];
    prev[0] = 0;
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + indel(b, j - 1, other);
    }
    // a cell further than `band` from the diagonal takes more insertions or deletions (each
    // costing at least TYPO) than the bound allows: only the band is worked out, the cell just
    // outside it on either side is marked out of reach for the next row
    int band = (int) Math.floor(max / TYPO);
    for (int i = 1; i <= n; i++) {
      cur[0] = prev[0] + indel(a, i - 1, other);
      double rowMin = cur[0];
      char ca = a.charAt(i - 1);
      int from = Math.max(1, i - band);
      int to = Math.min(m, i + band);
      if (from > 1) {
        cur[from - 1] = OUT_OF_REACH;
      }
      for (int j = from; j <= to; j++) {
        char cb = b.charAt(j - 1);
        double sub = 0;
        if (ca != cb) {
          sub = substitution(ca, cb, other);
          if (strict && i == 1 && j == 1 && !(Keys.isVowel(ca) && Keys.isVowel(cb))) {
            sub += FIRST_LETTER;
          }
        }
        double v =
            Math.min(
                Math.min(prev[j] + indel(a, i - 1, other), cur[j - 1] + indel(b, j - 1, other)),
                prev[j - 1] + sub);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prev2[j - 2] + TYPO);
        }
        // OCR reads m as rn and d as cl, and back
        // (only from cells of the band worked out in earlier rows; row 0 is whole)
        if (i > 1
            && twoForOne(a.charAt(i - 2), ca, cb)
            && (i == 2 || Math.abs(j - i + 1) <= band)) {
          v = Math.min(v, prev2[j - 1] + LOOKALIKE);
        }
        if (j > 1
            && twoForOne(b.charAt(j - 2), cb, ca)
            && (i == 1 || Math.abs(j - i - 1) <= band)) {
          v = Math.min(v, prev[j - 2] + LOOKALIKE);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (to < m) {
        cur[to + 1] = OUT_OF_REACH;
      }
      if (rowMin > max) {
        return max + 1;
      }
      double[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  private static final double OUT_OF_REACH = 1e9;

  private static final ThreadLocal<double[][]> ROWS =
      ThreadLocal.withInitial(
          () -> new double[][] {new double[65], new double[65], new double[65]});

  /**
   * For each bit of {@link #letters}, the bits of the characters it may be read for cheaply. The
   * OCR pairs o/d and cl/d are left out on purpose: d, o, c and l are so common that with them the
   * bound prunes far less (screening ran about a quarter slower). The bound then counts such a pair
   * as a typo rather than a look-alike, which can cut off a word at the very edge of {@code max};
   * no test and no held-out query changed.
   */
  private static final long[] ALIKE = new long[64];

  static {
    String pairs = "0o1i1l3e4a5s8b9gliuvcenhrmnm";
    for (int k = 0; k + 1 < pairs.length(); k += 2) {
      int x = bit(pairs.charAt(k));
      int y = bit(pairs.charAt(k + 1));
      ALIKE[x] |= 1L << y;
      ALIKE[y] |= 1L << x;
    }
  }

  /**
   * The least cost of the edits that the characters {@code only} (of one side, missing on the
   * other) need: LOOKALIKE each where the other side ({@code other}) has a look-alike of it, TYPO
   * each else.
   */
  private static double lowerBound(long only, long other) {
    double cost = 0;
    for (long rest = only; rest != 0; rest &= rest - 1) {
      cost += (ALIKE[Long.numberOfTrailingZeros(rest)] & other) != 0 ? LOOKALIKE : TYPO;
    }
    return cost;
  }

  /**
   * The set of characters of s on 64 bits: a-z and 0-9 each their own bit, any other character
   * folded onto the rest (two characters sharing a bit only weaken the bound it gives).
   */
  private static long letters(CharSequence s) {
    long bits = 0;
    for (int i = 0; i < s.length(); i++) {
      bits |= 1L << bit(s.charAt(i));
    }
    return bits;
  }

  private static int bit(char c) {
    return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
  }

  /** Cost of inserting or deleting s.charAt(i). */
  private static double indel(CharSequence s, int i, double other) {
    char c = s.charAt(i);
    if (Keys.isVowel(c) || c == 'h' || c == 'j') {
      return TYPO;
    }
    if ((i > 0 && s.charAt(i - 1) == c) || (i + 1 < s.length() && s.charAt(i + 1) == c)) {
      return TYPO;
    }
    if (c == 's' && i == s.length() - 1) {
      return TYPO; // Baltic nominative: Sergejs, Lavrovs
    }
    return other;
  }

  private static double substitution(char x, char y, double other) {
    if (Keys.isVowel(x) && Keys.isVowel(y)) {
      return TYPO;
    }
    if (lookalike(x, y) || lookalike(y, x) || ocrAlike(x, y) || ocrAlike(y, x)) {
      return LOOKALIKE;
    }
    if (soundAlike(x, y) || soundAlike(y, x)) {
      return TYPO;
    }
    return other;
  }

  private static boolean lookalike(char digit, char letter) {
    switch (digit) {
      case '0':
        return letter == 'o';
      case '1':
        return letter == 'i' || letter == 'l';
      case '3':
        return letter == 'e';
      case '4':
        return letter == 'a';
      case '5':
        return letter == 's';
      case '8':
        return letter == 'b';
      case '9':
        return letter == 'g';
      default:
        return false;
    }
  }

  /**
   * Two letters OCR reads as one (rn for m, cl for d), {@code first} and {@code second} on one side
   * for {@code one} on the other.
   */
  private static boolean twoForOne(char first, char second, char one) {
    return (second == 'n' && first == 'r' && one == 'm')
        || (second == 'l' && first == 'c' && one == 'd');
  }

  /**
   * Letters OCR and hurried hands confuse: l/i, u/v, c/e, n/h, and o/d (capital O, digit 0 and D
   * differ by a corner).
   */
  private static boolean ocrAlike(char x, char y) {
    switch (x) {
      case 'o':
        return y == 'd';
      case 'l':
        return y == 'i';
      case 'u':
        return y == 'v';
      case 'c':
        return y == 'e';
      case 'n':
        return y == 'h';
      default:
        return false;
    }
  }

  private static boolean soundAlike(char x, char y) {
    switch (x) {
      case 'b':
        return y == 'p';
      case 'd':
        return y == 't';
      case 'g':
        return y == 'k' || y == 'h' || y == 'j';
      case 'k':
        return y == 'c' || y == 'q';
      case 's':
        return y == 'z' || y == 'c' || y == 'x';
      case 'z':
        return y == 'j';
      case 'v':
        return y == 'f';
      case 'i':
        return y == 'j';
      default:
        return false;
    }
  }

  /** Rows of the QWERTY keyboard on which Latin names are typed, for {@link #typed}. */
  private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

  /** Row and column of each letter on the keyboard, or -1. */
  private static final int[] KEY_AT = new int[128];

  static {
    Arrays.fill(KEY_AT, -1);
    for (int r = 0; r < KEY_ROWS.length; r++) {
      for (int c = 0; c < KEY_ROWS[r].length(); c++) {
        KEY_AT[KEY_ROWS[r].charAt(c)] = r * 16 + c;
      }
    }
  }

  /**
   * Whether two letters lie next to each other on the keyboard (same row, or the row above or below
   * and at most one key across, rows offset by about half a key).
   */
  static boolean keyboardNeighbours(char x, char y) {
    if (x >= 128 || y >= 128 || KEY_AT[x] < 0 || KEY_AT[y] < 0) {
      return false;
    }
    int rx = KEY_AT[x] >> 4;
    int cx = KEY_AT[x] & 15;
    int ry = KEY_AT[y] >> 4;
    int cy = KEY_AT[y] & 15;
    if (rx == ry) {
      return Math.abs(cx - cy) == 1;
    }
    // each row sits about half a key to the right of the one above: a key touches the one
    // above it at the same column and one to the right
    if (ry == rx + 1) {
      return cx == cy || cx == cy + 1;
    }
    if (rx == ry + 1) {
      return cy == cx || cy == cx + 1;
    }
    return false;
  }

  /**
   * Whether one letter for the other is a single slip of the hand or of the eye: keys next to each
   * other, or letters OCR and readers confuse (a look-alike digit, l/i, u/v, c/e, n/h, o/d).
   */
  private static boolean slipOfHandOrEye(char x, char y) {
    return keyboardNeighbours(x, y)
        || lookalike(x, y)
        || lookalike(y, x)
        || ocrAlike(x, y)
        || ocrAlike(y, x);
  }

  /**
   * The slips of a typist's hand between two words: a letter dropped or added, two neighbours
   * swapped, a key next to the right one, a letter OCR or a reader takes for another (l/i, u/v,
   * 0/o, o/d) each cost 1; any other letter for another costs 2. Returns the cost if it is at most
   * {@code max}, otherwise some value above {@code max}.
   */
  public static int typed(CharSequence a, CharSequence b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    // as in within: every letter one side has and the other lacks takes a slip of its own (a
    // swap of neighbours brings no new letter), and most words compared are far apart
    long lettersA = letters(a);
    long lettersB = letters(b);
    if (Math.max(Long.bitCount(lettersA & ~lettersB), Long.bitCount(lettersB & ~lettersA)) > max) {
      return max + 1;
    }
    return table(a, b, max, true);
  }

  /**
   * The bounded table both distances share: with {@code typed}, a letter for another costs 1 only
   * when their keys touch, 2 otherwise.
   */
  private static int table(CharSequence a, CharSequence b, int max, boolean typed) {
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : typed && !slipOfHandOrEye(ca, cb) ? 2 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
