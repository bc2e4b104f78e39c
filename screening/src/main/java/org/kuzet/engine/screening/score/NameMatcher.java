package org.kuzet.engine.screening.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.text.EditDistance;
import org.kuzet.engine.screening.text.Keys;
import org.kuzet.engine.screening.text.NameToken;
import org.kuzet.engine.screening.text.Reading;
import org.kuzet.engine.screening.text.TokenRole;

/**
 * Scores one query name against one list name, part by part, so the score can say why.
 *
 * <p>Every query part is compared with every list part (and with two or three neighbouring list
 * parts written together, and the other way round); the pairs are taken best first without reusing
 * a part. The name score is the weighted share of matched parts:
 *
 * <pre>
 *   score = Σ sim(q,l)·(w_q + w_l)  /  ( Σ (w_q + w_l) over pairs + Σ unmatched w·f )
 * </pre>
 *
 * where w is 1 for a name part, 0.5 for an initial, 0.3 for a particle (al, bin, van) and 0.25 for
 * a legal form. The factor f tells a part that is only <em>missing</em> from one side from a part
 * that <em>contradicts</em> the other side:
 *
 * <ul>
 *   <li>parts left over on both sides (Sergei SMIRNOV / Sergei MIRONOV, Ivanovich / Viktorovich)
 *       contradict each other: f = 1 on both sides;
 *   <li>when only one side has parts left over and at least two name parts matched, the other side
 *       just left them out (a middle name, a patronymic): for a person f = 0.4 (0.3 for a
 *       patronymic); for a company, vessel or organisation, where an extra word usually names
 *       another body (Banco Santander <em>Chile</em>), f = 1 for a query part and 0.7 for a list
 *       part;
 *   <li>when fewer than two name parts matched, a single shared part is weak evidence: f = 1 for a
 *       query part, 0.7 for a list part, 0.4 for a patronymic.
 * </ul>
 *
 * <p>A match that rests on one full name part and one initial (S. KUZNETSOV for Sergei Kuznetsov)
 * scores at most {@link #ONE_PART_AND_INITIAL}: a common surname with one initial is shared by too
 * many people to call it a match at the default threshold.
 */
public final class NameMatcher {

  static final double MIN_PAIR = 0.7;

  /**
   * Highest score of a match resting on one full name part whose spelling differs (edit distance)
   * and initials: too weak to call a match at the default threshold.
   */
  public static final double ONE_PART_AND_INITIAL = 0.75;

  /**
   * Highest score of a match resting on one full name part spelt alike (a transliteration of it at
   * least) and initials standing for the other parts (PETROV A.V., Петров А.): found at the default
   * threshold, below any full-name match, and marked as resting on initials; a birth date or
   * document on the query confirms or refutes it. Each further matching initial adds {@link
   * #INITIAL_STEP}.
   */
  public static final double INITIALS_ONLY = 0.85;

  static final double INITIAL_STEP = 0.02;

  /**
   * Edit cost at which a pair of name parts is weak: two slips, not one (look-alikes count half).
   */
  static final double WEAK_PAIR_SLIPS = 1.75;

  /**
   * Length (fold key) from which an unknown word two slips from a listed part is taken as its
   * misspelling where only one more full part agrees: a shorter word two slips away is as likely
   * another name.
   */
  static final int LONG_MISSPELLING = 7;

  /** Highest score of a person's name with a weak pair: below the default threshold. */
  static final double WEAK_PAIR_SCORE = 0.79;

  /** Missing-part factors for a person (see the class comment). */
  static final double MISSING = 0.4;

  public static final double MISSING_PATRONYMIC = 0.3;

  private NameMatcher() {}

  /** A scored pair of part ranges. */
  public record Pair(int q0, int q1, int l0, int l1, double sim, MatchMethod method) {}

  /**
   * The result of one comparison; {@code initialsOnly} when, besides at most one full part, only
   * initials matched (the score is then capped, see {@link #INITIALS_ONLY}).
   */
  public record Result(
      double score,
      List<Pair> pairs,
      boolean[] queryMatched,
      boolean[] listMatched,
      boolean initialsOnly) {}

  /** Compares two token lists, the list name being a person's. */
  public static Result compare(List<NameToken> q, List<NameToken> l) {
    return compare(q, l, true);
  }

  /** Compares two token lists; {@code person} says whether the list name is a person's. */
  public static Result compare(List<NameToken> q, List<NameToken> l, boolean person) {
    return compare(q, l, person, null);
  }

  /**
   * Compares two token lists; {@code person} says whether the list name is a person's, and {@code
   * knownQueryParts[i]} (null: none) whether query part i is itself a name found in the lists: such
   * a part is held to strict spelling rules (a real name is not a misspelling of another: Kozlov is
   * not Kislov), while an unknown part may carry any one-letter slip (Pulin for Putin).
   */
  public static Result compare(
      List<NameToken> q, List<NameToken> l, boolean person, boolean @Nullable [] knownQueryParts) {
    return compare(q, Joins.of(q), l, Joins.of(l), person, knownQueryParts);
  }

  /** Compares two token lists whose {@link Joins} are already worked out. */
  public static Result compare(
      List<NameToken> q,
      Joins qJoins,
      List<NameToken> l,
      Joins lJoins,
      boolean person,
      boolean @Nullable [] knownQueryParts) {
    return compare(q, qJoins, l, lJoins, person, knownQueryParts, null);
  }

  /**
   * The similarities of one query's name parts to list name parts, kept while the query is
   * screened: a list part («aleksandr», «vladimirovich») recurs in many of the names a query meets,
   * and list parts are shared objects (see {@code ScreeningEngine}), so each query part is compared
   * with each distinct list part once. For one query (one reading of it) only: the spelling rules
   * depend on which query parts are known names.
   */
  public static final class Memo {
    private static final Pair NONE = new Pair(-1, -1, -1, -1, 0, MatchMethod.EXACT);
    private final int queryParts;

    /**
     * An open-addressing table keyed by the list part's identity, with one value per query part
     * (null: not worked out yet, NONE: no pair): a query meets a few hundred distinct list parts,
     * and a general map per query part cost more than the look-ups it saved.
     */
    private NameToken[] keys;

    private Pair[] values;
    private int size;

    public Memo(int queryParts) {
      this.queryParts = queryParts;
      this.keys = new NameToken[64];
      this.values = new Pair[64 * queryParts];
    }

    @Nullable Pair pair(NameToken a, NameToken b, int i, int j, boolean strict) {
      int slot = slot(b);
      if (keys[slot] == null) {
        keys[slot] = b;
        if (++size * 2 > keys.length) {
          grow();
          slot = slot(b);
        }
      }
      int at = slot * queryParts + i;
      Pair p = values[at];
      if (p == null) {
        p = single(a, b, i, j, strict);
        values[at] = p == null ? NONE : p;
        return p;
      }
      if (p == NONE) {
        return null;
      }
      return p.l0 == j ? p : new Pair(i, i, j, j, p.sim, p.method);
    }

    /** The slot holding {@code b}, or the empty slot where it goes. */
    private int slot(NameToken b) {
      int mask = keys.length - 1;
      int h = System.identityHashCode(b);
      int slot = (h ^ (h >>> 16)) * 0x9E3779B9 >>> 7 & mask;
      while (keys[slot] != null && keys[slot] != b) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      NameToken[] oldKeys = keys;
      Pair[] oldValues = values;
      keys = new NameToken[oldKeys.length * 2];
      values = new Pair[keys.length * queryParts];
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] != null) {
          int slot = slot(oldKeys[s]);
          keys[slot] = oldKeys[s];
          System.arraycopy(oldValues, s * queryParts, values, slot * queryParts, queryParts);
        }
      }
    }
  }

  /**
   * Compares two token lists whose {@link Joins} are already worked out, remembering part
   * similarities in {@code memo} (null: none).
   */
  public static Result compare(
      List<NameToken> q,
      Joins qJoins,
      List<NameToken> l,
      Joins lJoins,
      boolean person,
      boolean @Nullable [] knownQueryParts,
      @Nullable Memo memo) {
    // with no lowest score wanted, the bound never cuts a name
    return Objects.requireNonNull(compare(q, qJoins, l, lJoins, person, knownQueryParts, memo, 0));
  }

  /**
   * As {@link #compare(List, Joins, List, Joins, boolean, boolean[], Memo)}, but null when the
   * score cannot reach {@code minScore} (0-1): most names that retrieval brings in score well below
   * the threshold, and the part similarities alone bound their score (see {@link #bound}), so the
   * pairing and the result are worked out only for names that may reach it. The result of a name
   * that may reach it is the same as without the bound.
   */
  public static @Nullable Result compare(
      List<NameToken> q,
      Joins qJoins,
      List<NameToken> l,
      Joins lJoins,
      boolean person,
      boolean @Nullable [] knownQueryParts,
      @Nullable Memo memo,
      double minScore) {
    int nq = q.size();
    int nl = l.size();
    List<Pair> candidates = new ArrayList<>();
    for (int i = 0; i < nq; i++) {
      NameToken a = q.get(i);
      boolean strict = knownQueryParts != null && knownQueryParts[i];
      boolean remember = memo != null && a.role() == TokenRole.NAME;
      for (int j = 0; j < nl; j++) {
        NameToken b = l.get(j);
        Pair p =
            remember && memo != null && b.role() == TokenRole.NAME
                ? memo.pair(a, b, i, j, strict)
                : single(a, b, i, j, strict);
        if (p != null) {
          candidates.add(p);
        }
      }
    }
    joined(q, lJoins, false, candidates);
    joined(l, qJoins, true, candidates);
    if (minScore > 0
        && bound(q, l, candidates) < minScore - 1e-9) { // the margin: sums in another order
      return null;
    }
    if (candidates.size() > 1) {
      // best first by weighted similarity, the weight worked out once per pair; a stable
      // insertion sort, as the pairs are few
      int n = candidates.size();
      double[] keys = new double[n];
      Pair[] sorted = new Pair[n];
      for (int c = 0; c < n; c++) {
        Pair p = candidates.get(c);
        double key = p.sim * weight(q, l, p);
        int at = c;
        while (at > 0 && keys[at - 1] < key) {
          keys[at] = keys[at - 1];
          sorted[at] = sorted[at - 1];
          at--;
        }
        keys[at] = key;
        sorted[at] = p;
      }
      candidates = Arrays.asList(sorted);
    }
    boolean[] qm = new boolean[nq];
    boolean[] lm = new boolean[nl];
    List<Pair> chosen = new ArrayList<>();
    double matched = 0;
    double total = 0;
    boolean nameMatched = false;
    int fullParts = 0;
    int initials = 0;
    double weakestFull = 1.0;
    double slips = 0;
    double rawSlips = 0;
    boolean rawSlipsLong = false;
    double handMatched = 0;
    for (Pair p : candidates) {
      if (free(qm, p.q0, p.q1) && free(lm, p.l0, p.l1)) {
        mark(qm, p.q0, p.q1);
        mark(lm, p.l0, p.l1);
        chosen.add(p);
        double w = weight(q, l, p);
        matched += p.sim * w;
        total += w;
        handMatched += p.sim < MIN_PAIR ? p.sim * w : 0;
        int qNames = 0;
        boolean initial = false;
        for (int i = p.q0; i <= p.q1; i++) {
          TokenRole r = q.get(i).role();
          nameMatched |= r == TokenRole.NAME;
          qNames += r == TokenRole.NAME ? 1 : 0;
          initial |= r == TokenRole.INITIAL;
        }
        int lNames = 0;
        for (int j = p.l0; j <= p.l1; j++) {
          TokenRole r = l.get(j).role();
          lNames += r == TokenRole.NAME ? 1 : 0;
          initial |= r == TokenRole.INITIAL;
        }
        if (p.method == MatchMethod.INITIAL) {
          initials++; // an initial standing for a whole part; one written on both sides is no guess
        } else if (!initial && qNames > 0 && lNames > 0) {
          fullParts += Math.max(qNames, lNames);
          weakestFull = Math.min(weakestFull, p.sim);
          if (p.method == MatchMethod.EDIT_DISTANCE && !q.get(p.q0).patronymic()) {
            int len = Math.max(queryKeyLength(q.get(p.q0)), l.get(p.l0).key().length());
            double cost = (1 - p.sim) * len;
            boolean known = knownQueryParts != null && knownQueryParts[p.q0];
            // a query part that is itself a listed name is held to one slip; an unknown word
            // (no name in the lists is written so) is a misspelling, allowed slips by its length
            slips = Math.max(slips, known ? cost : cost - unknownAllowance(len));
            if (cost > rawSlips) {
              rawSlips = cost;
              rawSlipsLong =
                  !known && len >= LONG_MISSPELLING && slipsOfTheHand(q.get(p.q0), l.get(p.l0));
            }
          }
        }
      }
    }
    boolean queryLeft = false;
    boolean listLeft = false;
    int qParts = 0;
    int lParts = 0;
    for (int i = 0; i < nq; i++) {
      TokenRole r = q.get(i).role();
      boolean part = r == TokenRole.NAME || r == TokenRole.INITIAL;
      qParts += part ? 1 : 0;
      queryLeft |= part && !qm[i];
    }
    for (int j = 0; j < nl; j++) {
      TokenRole r = l.get(j).role();
      boolean part = r == TokenRole.NAME || r == TokenRole.INITIAL;
      lParts += part ? 1 : 0;
      listLeft |= part && !lm[j];
    }
    boolean conflict = queryLeft && listLeft;
    boolean thin = fullParts < 2;
    for (int i = 0; i < nq; i++) {
      if (!qm[i]) {
        NameToken t = q.get(i);
        total += t.weight() * leftOver(t, true, conflict, thin, person);
      }
    }
    for (int j = 0; j < nl; j++) {
      if (!lm[j]) {
        NameToken t = l.get(j);
        total += t.weight() * leftOver(t, false, conflict, thin, person);
      }
    }
    if (!nameMatched && !chosen.isEmpty() && !hasNamePart(q) && !hasNamePart(l)) {
      nameMatched =
          true; // a name of initials, particles and forms only (D COMPANY, AL-): all there is
    }
    double score = !nameMatched || total == 0 ? 0 : matched / total;
    if (handMatched > 0 && fullParts < 3) {
      // a pair below MIN_PAIR (handSlipSimilarity) holds only where two more full parts agree;
      // else its parts count as left over on both sides, as unpaired
      score = Math.min(score, (matched - handMatched) / total);
    }
    boolean initialsOnly = fullParts <= 1 && initials >= 1 && Math.max(qParts, lParts) >= 2;
    if (initialsOnly) {
      // the query abbreviates a list name written in full; a list name that is itself only an
      // initial and a part (AHMED, A.; S. KUZNETSOV) is met by too many people
      boolean everyInitialMet = true;
      for (int i = 0; i < nq; i++) {
        everyInitialMet &= qm[i] || q.get(i).role() != TokenRole.INITIAL;
      }
      for (int j = 0; j < nl; j++) {
        everyInitialMet &= l.get(j).role() != TokenRole.INITIAL;
      }
      // initials keep their order (given name, then patronymic): V.A. is not Aleksandr Vasilyevich
      int[] listAt = new int[nq];
      Arrays.fill(listAt, -1);
      for (Pair p : chosen) {
        if (p.method == MatchMethod.INITIAL && q.get(p.q0).role() == TokenRole.INITIAL) {
          listAt[p.q0] = p.l0;
        }
      }
      int lastList = -1;
      for (int i = 0; i < nq; i++) {
        if (listAt[i] >= 0) {
          everyInitialMet &= listAt[i] > lastList;
          lastList = listAt[i];
        }
      }
      // surname spelt alike (0.95: any transliteration of it) and every initial met: the
      // initials score, whatever given names the list adds; else too weak to call a match
      // (only for a person's name: initials stand for given names and a patronymic, and the
      // words of a company's name are no initials: S BASHIR is not HAJI BASHIR AND ZARJMIL
      // HAWALA COMPANY)
      score =
          person && fullParts == 1 && weakestFull >= 0.95 && everyInitialMet
              ? INITIALS_ONLY + INITIAL_STEP * (initials - 1)
              : Math.min(score, ONE_PART_AND_INITIAL);
    } else if (person
        && (slips >= WEAK_PAIR_SLIPS
            || (rawSlips >= WEAK_PAIR_SLIPS && fullParts < (rawSlipsLong ? 2 : 3)))) {
      // (a misspelling's second slip is forgiven only where two more full parts agree, or one
      // more where the misspelt word is long: Gulmurod Khaomov / Khalimov, Nurmurad Kubranof)
      // a part two slips away from the list's (Koshelev / Kiselev, Erlanov / Aslanov) is more
      // likely another name than a misspelling: not a match on the name alone
      score = Math.min(score, WEAK_PAIR_SCORE);
    }
    if (person && filialSwap(q, l, chosen)) {
      // "A bin B" is A, son of B: the name before the particle paired with the one after it on
      // the other side (SALMAN BIN MUHAMMAD / MUHAMMAD BIN SALMAN) names the father as the son
      score = Math.min(score, WEAK_PAIR_SCORE);
    }
    if (person && conflict) {
      // a name part (or initial) on each side that pairs with nothing on the other: however many
      // parts agree, the two names disagree on one (AL-DULAIMI / AL-TIKRITI as the last of five
      // parts, William G. / William W. Frost), and that names another person: not a match on
      // the name alone
      score = Math.min(score, WEAK_PAIR_SCORE);
    }
    chosen.sort((x, y) -> Integer.compare(x.q0, y.q0));
    return new Result(score, chosen, qm, lm, initialsOnly);
  }

  /**
   * The highest score the candidate pairs allow, whichever of them are chosen: the score is Σ sim·w
   * over the parts paired / (Σ w over the parts paired + Σ w·f over the parts left), and the caps
   * only lower it. Each part, when paired, adds at most its best pair's similarity times its weight
   * above the line and its weight below; left over, it adds w·f below, f being at least 0.3 for a
   * patronymic and 0.4 for any other part (see {@link #leftOver}). The best ratio over every choice
   * of parts is found by Dinkelbach's method: with R the ratio so far, a part is paired when its
   * best similarity beats R·(1 − f), until R stops rising. A match on initials may score above its
   * ratio ({@link #INITIALS_ONLY}), so a name with an initial pair is never bounded.
   */
  private static double bound(List<NameToken> q, List<NameToken> l, List<Pair> candidates) {
    int nq = q.size();
    int n = nq + l.size();
    double[] best = new double[n];
    for (int c = 0, size = candidates.size(); c < size; c++) {
      Pair p = candidates.get(c);
      if (p.method == MatchMethod.INITIAL) {
        return Double.MAX_VALUE;
      }
      for (int i = p.q0; i <= p.q1; i++) {
        best[i] = Math.max(best[i], p.sim);
      }
      for (int j = p.l0; j <= p.l1; j++) {
        best[nq + j] = Math.max(best[nq + j], p.sim);
      }
    }
    double[] weight = new double[n];
    double[] leftFactor = new double[n];
    for (int t = 0; t < n; t++) {
      NameToken token = t < nq ? q.get(t) : l.get(t - nq);
      weight[t] = token.weight();
      leftFactor[t] = token.patronymic() ? MISSING_PATRONYMIC : MISSING;
    }
    double ratio = 0;
    for (int round = 0; round <= n; round++) {
      double above = 0;
      double below = 0;
      for (int t = 0; t < n; t++) {
        if (best[t] > 0 && best[t] > ratio * (1 - leftFactor[t])) {
          above += best[t] * weight[t];
          below += weight[t];
        } else {
          below += leftFactor[t] * weight[t];
        }
      }
      double next = below == 0 ? 0 : above / below;
      if (next <= ratio) {
        break;
      }
      ratio = next;
    }
    return ratio;
  }

  private static final Set<String> FILIAL = Set.of("bin", "ibn", "ben", "bint", "binti", "uld");

  /**
   * The position of the first filial particle (bin, ibn, ben, bint, ould) between two parts, or -1.
   */
  private static int filial(List<NameToken> t) {
    for (int i = 1; i + 1 < t.size(); i++) {
      if (t.get(i).role() == TokenRole.PARTICLE && FILIAL.contains(t.get(i).key())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the parts next to a filial particle changed sides: the part before it on one side
   * paired with the part after it on the other.
   */
  private static boolean filialSwap(List<NameToken> q, List<NameToken> l, List<Pair> chosen) {
    int qb = filial(q);
    int lb = filial(l);
    if (qb < 0 || lb < 0) {
      return false;
    }
    for (Pair p : chosen) {
      if ((p.q1 == qb - 1 && p.l0 == lb + 1) || (p.q0 == qb + 1 && p.l1 == lb - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Slips beyond the first that an unknown query part may carry and still be a misspelling, scaled
   * by its length: none up to five letters, half a slip more from six letters (Polkaov / Polyakov,
   * Kaaeva / Kabaeva), a whole one from nine (a long word holds more slips for the same share of
   * its letters: Jewfndijew for Jefendijew), one and a half from ten (three slips in ten letters or
   * more, the most the edit allowance lets through, are as many per letter as two in seven); the
   * edit allowance bounds the total (three from nine letters). The second slip of a word is
   * forgiven only where two more full parts agree (see {@link #compare}), so this does not reach a
   * name that shares only the surname or only the given names.
   */
  static double unknownAllowance(int len) {
    return len >= 10 ? 1.5 : len >= 9 ? 1.0 : len >= 6 ? 0.5 : 0;
  }

  /**
   * Whether a long unknown query part is two slips of a typist's hand from the list part (a key
   * next to the right one, a letter dropped or added, neighbours swapped: Kubranof / Kurbanov,
   * Khaomov / Khalimov), at most one of them in the consonants. Another name that happens to lie
   * two letters away rarely differs so (Kamolov / Kanokov: two consonants; Akhmetova / Akhmadova:
   * keys far apart).
   */
  private static boolean slipsOfTheHand(NameToken q, NameToken l) {
    return slipsOfTheHand(q.key(), l.key());
  }

  public static boolean slipsOfTheHand(String q, String l) {
    return EditDistance.typed(q, l, 2) <= 2
        && EditDistance.weighted(q, l, HAND_SLIPS_STRICT, true) <= HAND_SLIPS_STRICT;
  }

  /**
   * An unknown word of six letters or more two slips of the hand from a list part of five or more,
   * in its own key or a reading (Serhik, read Sergik, for Sergei: a letter added, one dropped;
   * Pawile for Pavel: a letter added, two swapped): below {@link #MIN_PAIR} as a share of so short
   * a word, yet a misspelling where two more full parts agree ({@link #compare} caps it otherwise);
   * 0 when it is not.
   */
  private static double handSlipSimilarity(NameToken a, NameToken b) {
    if (a.patronymic() != b.patronymic() || a.abjad() || b.abjad() || b.key().length() < 5) {
      return 0;
    }
    String key = a.key().length() >= 6 && slipsOfTheHand(a.key(), b.key()) ? a.key() : null;
    for (int r = 0; key == null && r < a.alternates().size(); r++) {
      Reading reading = a.alternates().get(r);
      if (reading.patronymic() == b.patronymic()
          && reading.key().length() >= 6
          && slipsOfTheHand(reading.key(), b.key())) {
        key = reading.key();
      }
    }
    return key == null ? 0 : 1.0 - 2.0 / Math.max(key.length(), b.key().length());
  }

  /**
   * A query part cut short at its end, as a form's narrow field or a hurried clerk leaves a given
   * name (Rashi for Rashid): at least four letters of the key kept and one dropped (an unknown word
   * is already one slip from the name; this is for a word that is itself a listed name, which
   * {@link #similarity} holds to strict rules). Not two dropped: Ivan would pair with every Ivanov,
   * weakening the bound that spares most names the pairing, for no name it finds. As with {@link
   * #handSlipSimilarity}, the similarity (the share of the letters kept, below {@link #MIN_PAIR})
   * counts only where two more full parts agree ({@link #compare} caps it otherwise), and this
   * holds for a word that is itself a listed name too: a name cut short is still a prefix of the
   * right one, while another person who shares the other two parts rarely has a name that begins
   * so. 0 when the part is not cut so.
   */
  private static double cutShortSimilarity(NameToken a, NameToken b) {
    String q = a.key();
    String l = b.key();
    if (a.patronymic() || b.patronymic() || q.length() < 4 || l.length() - q.length() > 1) {
      return 0;
    }
    return l.length() > q.length() && l.startsWith(q)
        ? Math.min(MIN_PAIR - 0.01, (double) q.length() / l.length())
        : 0;
  }

  /**
   * A vowel slip and another consonant (see {@link EditDistance#weighted}): the most two slips of
   * the hand may cost.
   */
  private static final double HAND_SLIPS_STRICT = 3.5;

  /**
   * The length of the query part's key the slips are counted in: the shortest of its own key and
   * its romanisation readings, as a reading's similarity is set against the reading's length
   * (Kibalieŭ read as Kibalev is two slips from Kovalev in seven letters, not eight).
   */
  private static int queryKeyLength(NameToken t) {
    int len = t.key().length();
    for (Reading r : t.alternates()) {
      if (r.key().length() >= 4) {
        len = Math.min(len, r.key().length());
      }
    }
    return len;
  }

  private static boolean hasNamePart(List<NameToken> tokens) {
    for (NameToken t : tokens) {
      if (t.role() == TokenRole.NAME) {
        return true;
      }
    }
    return false;
  }

  /** The factor f of an unmatched part (see the class comment). */
  private static double leftOver(
      NameToken t, boolean query, boolean conflict, boolean thin, boolean person) {
    boolean part = t.role() == TokenRole.NAME || t.role() == TokenRole.INITIAL;
    if (conflict && part) {
      return 1.0;
    }
    if (thin || !person || conflict) {
      return t.patronymic() ? 0.4 : query ? 1.0 : 0.7;
    }
    return t.patronymic() ? MISSING_PATRONYMIC : MISSING;
  }

  private static double weight(List<NameToken> q, List<NameToken> l, Pair p) {
    double w = 0;
    for (int i = p.q0; i <= p.q1; i++) {
      w += q.get(i).weight();
    }
    for (int j = p.l0; j <= p.l1; j++) {
      w += l.get(j).weight();
    }
    return w;
  }

  private static boolean free(boolean[] used, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (used[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int i = from; i <= to; i++) {
      used[i] = true;
    }
  }

  private static @Nullable Pair single(NameToken a, NameToken b, int i, int j, boolean strict) {
    TokenRole ra = a.role();
    TokenRole rb = b.role();
    if (ra == TokenRole.LEGAL_FORM || rb == TokenRole.LEGAL_FORM) {
      if (ra != rb) {
        return null;
      }
      if (a.key().equals(b.key())) {
        return new Pair(i, i, j, j, 1.0, MatchMethod.EXACT);
      }
      // open, closed and public joint-stock companies are all joint-stock companies
      return a.key().endsWith("jsc") && b.key().endsWith("jsc")
          ? new Pair(i, i, j, j, 0.9, MatchMethod.ENDING)
          : null;
    }
    if (ra == TokenRole.PARTICLE || rb == TokenRole.PARTICLE) {
      if (particleTypo(a, b) || particleTypo(b, a)) {
        return new Pair(i, i, j, j, 0.8, MatchMethod.EDIT_DISTANCE);
      }
      if (ra == rb && a.key().equals(b.key())) {
        return new Pair(
            i,
            i,
            j,
            j,
            a.text().equals(b.text()) ? 1.0 : 0.95,
            a.text().equals(b.text()) ? MatchMethod.EXACT : MatchMethod.TRANSLITERATION);
      }
      return null;
    }
    if (ra == TokenRole.INITIAL || rb == TokenRole.INITIAL) {
      if (ra == rb) {
        return a.key().equals(b.key()) ? new Pair(i, i, j, j, 1.0, MatchMethod.EXACT) : null;
      }
      NameToken initial = ra == TokenRole.INITIAL ? a : b;
      NameToken full = ra == TokenRole.INITIAL ? b : a;
      return initialOf(initial, full) ? new Pair(i, i, j, j, 0.8, MatchMethod.INITIAL) : null;
    }
    double s = similarity(a, b, strict);
    if (s < MIN_PAIR && ra == TokenRole.NAME && rb == TokenRole.NAME) {
      double weak = strict ? 0 : handSlipSimilarity(a, b);
      if (weak == 0) {
        weak = cutShortSimilarity(a, b);
      }
      return weak > 0 ? new Pair(i, i, j, j, weak, MatchMethod.EDIT_DISTANCE) : null;
    }
    if (s < MIN_PAIR) {
      return null;
    }
    return new Pair(i, i, j, j, s, lastMethod(a, b, s));
  }

  /**
   * Whether the initial stands for the full part: the same first letter, in ASCII or in the fold
   * key (Ш for Shamil, Я for Yakov, Ж for Zhukov, Х for Khasan).
   */
  private static boolean initialOf(NameToken initial, NameToken full) {
    if (full.ascii().charAt(0) == initial.ascii().charAt(0)) {
      return true;
    }
    if (initial.key().isEmpty() || full.key().isEmpty()) {
      return false;
    }
    char i = initial.key().charAt(0);
    char f = full.key().charAt(0);
    // J. or Y. for Юрий, Яков, Евгений (Yevgeny): й-glides written j, y or i
    char a = initial.ascii().charAt(0);
    char written = initial.text().isEmpty() ? a : initial.text().charAt(0);
    if (written == 'â' || written == 'û' || written == 'ǎ') {
      a = 'y'; // ISO 9 / GOST 7.79 A write я and ю as â and û: Û. for Yurevna
    }
    // j is х in Spanish, x is х in GOST 7.79 B, scholarly and Uzbek spellings
    // h is г in Ukrainian and Belarusian; K. and D. are Kh and Dzh cut short (Kherman, Dzhakhangir
    // listed as Herman, Jahangir); C. is дж in Turkish (Cahangir), S. is з in German (Samid)
    return f == i
        || ((a == 'j' || a == 'y') && (f == 'i' || f == 'e' || f == 'j'))
        || (a == 'j' && f == 'h')
        || (a == 'x' && f == 'h')
        || (a == 'h' && f == 'g')
        || (a == 'k' && f == 'h')
        || (a == 'd' && f == 'j')
        || (a == 'c' && f == 'j')
        || (a == 's' && f == 'z');
  }

  /** "xal" for "al": a short name part that is a particle with one stray letter in front. */
  private static boolean particleTypo(NameToken name, NameToken particle) {
    return name.role() == TokenRole.NAME
        && particle.role() == TokenRole.PARTICLE
        && name.key().length() == particle.key().length() + 1
        && name.key().length() <= 3
        && name.key().endsWith(particle.key());
  }

  /** Similarity of two name parts, 0-1 (below {@link #MIN_PAIR} means no match). */
  public static double similarity(NameToken a, NameToken b) {
    return similarity(a, b, true);
  }

  /**
   * Similarity of two name parts, 0-1, spelling differences judged strictly or not (see {@link
   * EditDistance#weighted(CharSequence, CharSequence, double, boolean)}).
   */
  public static double similarity(NameToken a, NameToken b, boolean strict) {
    double s = baseSimilarity(a, b, strict);
    if (s < 0.95 && !a.alternates().isEmpty() && !b.abjad()) {
      s = Math.max(s, alternateSimilarity(a, b, strict));
    }
    if (s < MIN_PAIR
        && !strict
        && a.patronymic() == b.patronymic()
        && !a.abjad()
        && !b.abjad()
        && a.ascii().length() >= 4
        && b.ascii().length() >= 4) {
      // a slip in an unknown word may break the very letters the key folds (Khpkhlun: kh, ph;
      // Suor: sh), so its letters as written are compared too; the cost is set against the
      // keys' length, as any other pair's, so that the slips it counts are alike, unless the
      // keys fold away more than the letters differ (Pyatykh keys piati, its final kh after a
      // vowel dropped as an Arabic name's h; Piaytkh keeps it): then the shorter word as written
      int len = Math.max(a.ascii().length(), b.ascii().length());
      int max = len <= 3 ? 0 : len <= 5 ? 1 : len <= 8 ? 2 : 3;
      double d = EditDistance.weighted(a.ascii(), b.ascii(), max, false);
      if (d <= max) {
        int keys = Math.max(a.key().length(), b.key().length());
        int written = Math.min(a.ascii().length(), b.ascii().length());
        s = Math.max(s, 1.0 - d / Math.max(keys, Math.min(written, keys + 1)));
      }
    }
    return s;
  }

  /**
   * The best similarity of one of the query part's other romanisation readings to the list part:
   * the same key is a transliteration (0.95), the same stem an ending (0.9), else edit distance as
   * for the part itself. A reading is a guess at the system, so a reading that still needs spelling
   * changes is held to the strict rules.
   */
  private static double alternateSimilarity(NameToken a, NameToken b, boolean strict) {
    double best = 0;
    for (Reading reading : a.alternates()) {
      if (reading.patronymic() != b.patronymic()) {
        continue; // a surname is not a misspelt patronymic, in any reading
      }
      String alt = reading.key();
      if (alt.equals(b.key())) {
        return 0.95;
      }
      String stem = reading.stem();
      if (stem.length() >= 3 && stem.equals(b.stem())) {
        best = Math.max(best, 0.9);
        continue;
      }
      best = Math.max(best, editSimilarity(alt, stem, b.key(), b.stem(), strict));
    }
    return best;
  }

  private static double baseSimilarity(NameToken a, NameToken b, boolean strict) {
    if (a.text().equals(b.text())) {
      return 1.0;
    }
    Character.UnicodeScript script = foreignScript(a.text());
    if (script != null && script == foreignScript(b.text())) {
      // Two spellings in one non-Latin, non-Cyrillic script (Han, Hangul, Khmer ...): compare
      // the letters themselves; their Latin readings merge names that only sound alike.
      int len = Math.max(a.text().length(), b.text().length());
      int d = EditDistance.within(a.text(), b.text(), 1);
      double s = d <= 1 ? 1.0 - (double) d / len : 0;
      return s >= MIN_PAIR ? s : 0;
    }
    if (a.ascii().equals(b.ascii())) {
      return 0.98;
    }
    if (a.key().equals(b.key())) {
      return 0.95;
    }
    if (a.patronymic() != b.patronymic()) {
      // a surname or given name is not a patronymic: Nikolaeva is not Nikolayevna, nor is a
      // Viktorovich the Viktor he is named after; a patronymic OCR or a slip left unrecognised
      // (Nikolaevlc) may still be one
      // (or written -ovik, a hard c read as к: Viktorovik for Viktorovic)
      if (!a.patronymic()
          && b.patronymic()
          && a.key().length() >= 7
          && (a.key().endsWith("c") || a.key().endsWith("vik"))
          && b.key().endsWith("vic")) {
        double d = EditDistance.weighted(a.key(), b.key(), 1.5, false);
        return d <= 1.5 ? 1.0 - d / Math.max(a.key().length(), b.key().length()) : 0;
      }
      return 0;
    }
    if (a.stem().length() >= 3 && a.stem().equals(b.stem())) {
      return 0.9;
    }
    if (a.patronymic() && b.patronymic() && a.stem().length() >= 3 && b.stem().length() >= 3) {
      // two patronymic forms (Serge uly, Sergeyevich): the fathers' names a slip apart
      double d = EditDistance.weighted(a.stem(), b.stem(), 1, false);
      if (d <= 1) {
        return Math.max(
            0.9 - 0.05 * d, editSimilarity(a.key(), a.stem(), b.key(), b.stem(), strict));
      }
    }
    if (a.abjad() || b.abjad()) {
      return abjadSimilarity(a, b);
    }
    return editSimilarity(a.key(), a.stem(), b.key(), b.stem(), strict);
  }

  /** 1 - weighted edit cost / length, when the cost is within the length's allowance; else 0. */
  private static double editSimilarity(
      String aKey, String aStem, String bKey, String bStem, boolean strict) {
    double best = 0;
    int len = Math.max(aKey.length(), bKey.length());
    int max = len <= 3 ? 0 : len <= 5 ? 1 : len <= 8 ? 2 : 3;
    if (max > 0) {
      double d = EditDistance.weighted(aKey, bKey, max, strict);
      if (d <= max) {
        best = 1.0 - d / len;
      }
      if (!aStem.equals(aKey) || !bStem.equals(bKey)) {
        int stemLen = Math.max(aStem.length(), bStem.length());
        double ds = EditDistance.weighted(aStem, bStem, max, strict);
        if (ds <= max && stemLen > 0) {
          best = Math.max(best, 1.0 - ds / stemLen - 0.02);
        }
      }
    }
    return best;
  }

  /** The script of a token that is neither Latin nor Cyrillic nor an abjad, or null. */
  private static Character.@Nullable UnicodeScript foreignScript(String text) {
    if (text.isEmpty() || text.charAt(0) < 0x250) {
      return null;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(0));
    switch (script) {
      case LATIN, CYRILLIC, ARABIC, HEBREW, COMMON, INHERITED:
        return null;
      default:
        return script;
    }
  }

  private static double abjadSimilarity(NameToken a, NameToken b) {
    String x = a.abjad() ? a.skeleton() : Keys.skeleton(a.key(), true);
    String y = b.abjad() ? b.skeleton() : Keys.skeleton(b.key(), true);
    if (x.length() < 2) {
      return 0;
    }
    if (x.equals(y)) {
      return 0.88;
    }
    if (Math.min(x.length(), y.length()) >= 4 && EditDistance.within(x, y, 1) <= 1) {
      return 0.78;
    }
    return 0;
  }

  private static MatchMethod lastMethod(NameToken a, NameToken b, double s) {
    if (a.text().equals(b.text())) {
      return MatchMethod.EXACT;
    }
    if (foreignScript(a.text()) != null && foreignScript(a.text()) == foreignScript(b.text())) {
      return MatchMethod.EDIT_DISTANCE;
    }
    if (a.ascii().equals(b.ascii()) || a.key().equals(b.key()) || a.hasAlternate(b.key())) {
      return MatchMethod.TRANSLITERATION;
    }
    if (a.stem().equals(b.stem())) {
      return MatchMethod.ENDING;
    }
    if (a.abjad() || b.abjad()) {
      return MatchMethod.PHONETIC;
    }
    return MatchMethod.EDIT_DISTANCE;
  }

  /**
   * The fold keys of every two or three neighbouring parts of a name written together, worked out
   * once per name (list names at build time, a query once per query).
   *
   * @param from first part of each run
   * @param to last part of each run
   * @param keys the run's fold key
   * @param shortPart whether the run holds a one-letter part
   * @param parts the fold key of every part of the name
   */
  public record Joins(int[] from, int[] to, String[] keys, boolean[] shortPart, String[] parts) {

    /** The runs of a token list. */
    public static Joins of(List<NameToken> y) {
      int n = Math.max(0, 2 * y.size() - 3);
      int[] from = new int[n];
      int[] to = new int[n];
      String[] keys = new String[n];
      boolean[] shortPart = new boolean[n];
      int c = 0;
      StringBuilder joinedAscii = new StringBuilder();
      for (int j = 0; j + 1 < y.size(); j++) {
        joinedAscii.setLength(0);
        joinedAscii.append(y.get(j).ascii());
        boolean isShort = y.get(j).ascii().length() < 2;
        for (int k = j + 1; k < Math.min(y.size(), j + 3); k++) {
          joinedAscii.append(y.get(k).ascii());
          isShort |= y.get(k).ascii().length() < 2;
          from[c] = j;
          to[c] = k;
          keys[c] = Keys.fold(joinedAscii.toString());
          shortPart[c] = isShort;
          c++;
        }
      }
      String[] parts = new String[y.size()];
      for (int j = 0; j < parts.length; j++) {
        parts[j] = y.get(j).key();
      }
      return new Joins(from, to, keys, shortPart, parts);
    }
  }

  /**
   * Pairs of one part on side {@code x} with two or three neighbouring parts on side {@code y}
   * written apart (SergeiLavrov / Sergei Lavrov, vanderbilt / van der bilt).
   */
  private static void joined(List<NameToken> x, Joins y, boolean swapped, List<Pair> out) {
    // the key lengths of the joinable parts (bit n: length n, the longest sharing bit 63): a run
    // is compared only when some part's length is within one of its own
    long lengths = 0;
    for (NameToken a : x) {
      if (joinable(a)) {
        lengths |= 1L << Math.min(63, a.key().length());
      }
    }
    if (lengths == 0) {
      return;
    }
    for (int r = 0; r < y.keys.length; r++) {
      String key = y.keys[r];
      int len = key.length();
      if (len < 62 && (lengths & (7L << Math.max(0, len - 1))) == 0) {
        continue;
      }
      for (int i = 0; i < x.size(); i++) {
        NameToken a = x.get(i);
        if (!joinable(a) || Math.abs(a.key().length() - key.length()) > 1) {
          continue;
        }
        double s = 0;
        if (key.equals(a.key())) {
          s = 0.95;
        } else if (!y.shortPart[r]
            && key.length() >= 8
            && EditDistance.within(key, a.key(), 1) <= 1) {
          s = 0.85;
        }
        if (s > 0 && !within(a, y, r)) {
          int j = y.from[r];
          int k = y.to[r];
          out.add(
              swapped
                  ? new Pair(j, k, i, i, s, MatchMethod.JOINED)
                  : new Pair(i, i, j, k, s, MatchMethod.JOINED));
        }
      }
    }
  }

  /**
   * Whether part {@code a} is itself one of the parts of run {@code r} (NEJAT-E EJTIMAYEE, KK
   * YAMATERU): then the parts pair one by one, and the run written together is no better match.
   */
  private static boolean within(NameToken a, Joins y, int r) {
    for (int j = y.from[r]; j <= y.to[r]; j++) {
      if (y.parts[j].equals(a.key())) {
        return true;
      }
    }
    return false;
  }

  private static boolean joinable(NameToken a) {
    return (a.role() == TokenRole.NAME || a.role() == TokenRole.LEGAL_FORM)
        && a.key().length() >= 3;
  }
}
