package org.kuzet.engine.screening.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.text.NameToken;
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
      @Nullable PartMemo memo) {
    // with no lowest score wanted, the bound never cuts a name
    return Objects.requireNonNull(compare(q, qJoins, l, lJoins, person, knownQueryParts, memo, 0));
  }

  /**
   * As {@link #compare(List, Joins, List, Joins, boolean, boolean[], PartMemo)}, but null when the
   * score cannot reach {@code minScore} (0-1): most names that retrieval brings in score well below
   * the threshold, and the part similarities alone bound their score (see {@link ScoreBound}), so
   * the pairing and the result are worked out only for names that may reach it. The result of a
   * name that may reach it is the same as without the bound.
   */
  public static @Nullable Result compare(
      List<NameToken> q,
      Joins qJoins,
      List<NameToken> l,
      Joins lJoins,
      boolean person,
      boolean @Nullable [] knownQueryParts,
      @Nullable PartMemo memo,
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
                : PartSimilarity.single(a, b, i, j, strict);
        if (p != null) {
          candidates.add(p);
        }
      }
    }
    Joins.joined(q, lJoins, false, candidates);
    Joins.joined(l, qJoins, true, candidates);
    if (minScore > 0
        && ScoreBound.bound(q, l, candidates)
            < minScore - 1e-9) { // the margin: sums in another order
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
            int len = Math.max(Slips.queryKeyLength(q.get(p.q0)), l.get(p.l0).key().length());
            double cost = (1 - p.sim) * len;
            boolean known = knownQueryParts != null && knownQueryParts[p.q0];
            // a query part that is itself a listed name is held to one slip; an unknown word
            // (no name in the lists is written so) is a misspelling, allowed slips by its length
            slips = Math.max(slips, known ? cost : cost - Slips.unknownAllowance(len));
            if (cost > rawSlips) {
              rawSlips = cost;
              rawSlipsLong =
                  !known
                      && len >= LONG_MISSPELLING
                      && Slips.slipsOfTheHand(q.get(p.q0), l.get(p.l0));
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
      // a pair below MIN_PAIR (PartSimilarity.handSlipSimilarity) holds only where two more full
      // parts agree;
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
    if (person && FilialParticles.filialSwap(q, l, chosen)) {
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

  /** Similarity of two name parts, 0-1 (below {@link #MIN_PAIR} means no match). */
  public static double similarity(NameToken a, NameToken b) {
    return PartSimilarity.similarity(a, b);
  }
}
