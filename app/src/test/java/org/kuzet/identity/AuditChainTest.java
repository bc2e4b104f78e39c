package org.kuzet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sealing and walking the audit chain, without a database. */
class AuditChainTest {

  static final String KEY = "5mT0wQ1bq0oJ2m0l7x4YkX8w1c9H2v3n6Rz0p4s8e2U=";
  final AuditKeys keys = AuditKeys.from(new AuditSettings.Keys("a1", Map.of("a1", KEY)));

  /** A chain of entries, the first {@code legacy} of them written by the old unkeyed scheme. */
  List<AuditEntry> chain(int size, int legacy) {
    var entries = new ArrayList<AuditEntry>();
    String prev = AuditChain.GENESIS;
    for (int i = 1; i <= size; i++) {
      var e =
          entry(i, prev, "actor" + i, "detail " + i, i <= legacy ? AuditChain.LEGACY : "hmac:a1");
      e = withHash(e, AuditChain.seal(keys, e));
      entries.add(e);
      prev = e.hash();
    }
    return entries;
  }

  static AuditEntry entry(long seq, String prev, String actor, String detail, String scheme) {
    return new AuditEntry(
        seq,
        Instant.parse("2026-12-07T09:00:00Z").plusSeconds(seq),
        actor,
        null,
        "TEST",
        "thing",
        Long.toString(seq),
        detail,
        prev,
        "",
        scheme);
  }

  static AuditEntry withHash(AuditEntry e, String hash) {
    return new AuditEntry(
        e.seq(),
        e.at(),
        e.actor(),
        e.agency(),
        e.action(),
        e.targetType(),
        e.targetId(),
        e.detail(),
        e.prevHash(),
        hash,
        e.scheme());
  }

  static AuditEntry withDetail(AuditEntry e, String detail) {
    return new AuditEntry(
        e.seq(),
        e.at(),
        e.actor(),
        e.agency(),
        e.action(),
        e.targetType(),
        e.targetId(),
        detail,
        e.prevHash(),
        e.hash(),
        e.scheme());
  }

  AuditVerification walk(List<AuditEntry> entries, List<AuditChain.Anchor> anchors) {
    var walk = new AuditChain.Walk(keys, anchors);
    entries.forEach(walk::accept);
    return walk.finish(entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq());
  }

  @Test
  void entriesWrittenBeforeTheChainWasKeyedStayVerifiableAfterIt() {
    var result = walk(chain(6, 3), List.of());
    assertThat(result.intact()).as(result.problems().toString()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(6);
  }

  @Test
  void aRowRewrittenWithARecomputedPlainHashIsCaughtWithoutTheKey() {
    var entries = chain(5, 0);
    // Someone with write access to the database rewrites entry 3 and recomputes what they can.
    var forged = withDetail(entries.get(2), "forged");
    forged =
        new AuditEntry(
            forged.seq(),
            forged.at(),
            forged.actor(),
            forged.agency(),
            forged.action(),
            forged.targetType(),
            forged.targetId(),
            forged.detail(),
            forged.prevHash(),
            "",
            AuditChain.LEGACY);
    forged = withHash(forged, AuditChain.seal(keys, forged));
    entries.set(2, forged);
    var result = walk(entries, List.of());
    assertThat(result.problems()).extracting(AuditVerification.Problem::seq).contains(3L);
    assertThat(result.problems().get(0).reason()).contains("unkeyed but follows keyed entries");
  }

  @Test
  void theWalkGoesOnPastABreakAndListsEveryBadEntry() {
    var entries = chain(10, 2);
    entries.set(1, withDetail(entries.get(1), "changed")); // an old, unkeyed entry
    entries.set(6, withDetail(entries.get(6), "changed too"));
    entries.remove(8); // entry 9 deleted
    var result = walk(entries, List.of());
    assertThat(result.intact()).isFalse();
    assertThat(result.problems())
        .extracting(AuditVerification.Problem::reason)
        .containsExactly(
            "entry 2 was changed after it was written",
            "entry 7 was changed after it was written",
            "entry 9 is missing",
            "entry 10 does not link to the entry before it");
    assertThat(result.message()).startsWith("audit chain BROKEN: 4 bad entries (9 entries");
  }

  @Test
  void anchorsCatchEntriesCutOffTheEndAndRewrittenHeads() {
    var entries = chain(8, 0);
    var anchors =
        List.of(
            new AuditChain.Anchor(Instant.parse("2026-12-07T10:00:00Z"), 4, entries.get(3).hash()),
            new AuditChain.Anchor(Instant.parse("2026-12-07T10:05:00Z"), 8, entries.get(7).hash()));
    assertThat(walk(entries, anchors).anchorsChecked()).isEqualTo(2);

    // The last three entries deleted and the head row set back: the chain alone looks whole.
    var cut = new ArrayList<>(entries.subList(0, 5));
    assertThat(walk(cut, List.of()).intact()).isTrue();
    var result = walk(cut, anchors);
    assertThat(result.problems())
        .singleElement()
        .extracting(AuditVerification.Problem::reason)
        .asString()
        .contains("entry 8, anchored outside the database at 2026-12-07T10:05:00Z, is missing");

    var other =
        List.of(new AuditChain.Anchor(Instant.parse("2026-12-07T10:00:00Z"), 4, "f".repeat(64)));
    assertThat(walk(entries, other).problems())
        .singleElement()
        .extracting(AuditVerification.Problem::reason)
        .asString()
        .contains("entry 4 does not match the anchor");
  }

  @Test
  void anEntrySealedWithAnotherKeyDoesNotVerify() {
    var otherKeys =
        AuditKeys.from(new AuditSettings.Keys("a1", Map.of("a1", AuditKeys.DEMO_KEY_BASE64)));
    var e = entry(1, AuditChain.GENESIS, "someone", "x", "hmac:a1");
    var forged = withHash(e, AuditChain.seal(otherKeys, e));
    assertThat(walk(List.of(forged), List.of()).problems())
        .singleElement()
        .extracting(AuditVerification.Problem::reason)
        .isEqualTo("entry 1 was changed after it was written");
  }

  @Test
  void oldEntriesWithAClippedFieldAreCountedNotFlagged() {
    // Before the fix, the hash covered the whole actor but the column kept 100 characters.
    String longActor = "x".repeat(150);
    var e = entry(1, AuditChain.GENESIS, longActor, "d", AuditChain.LEGACY);
    var stored =
        new AuditEntry(
            1,
            e.at(),
            longActor.substring(0, 100),
            null,
            "TEST",
            "thing",
            "1",
            "d",
            AuditChain.GENESIS,
            AuditChain.seal(keys, e),
            AuditChain.LEGACY);
    var result = walk(List.of(stored), List.of());
    assertThat(result.intact()).isTrue();
    assertThat(result.unverifiable()).isEqualTo(1);
  }

  @Test
  void storedTextIsClippedAsTheColumnKeepsIt() {
    assertThat(AuditChain.stored("a".repeat(150), 100)).hasSize(100);
    // A surrogate pair is never split; NUL, which PostgreSQL cannot store, is replaced.
    assertThat(AuditChain.stored("a".repeat(99) + "😀", 100)).isEqualTo("a".repeat(99));
    assertThat(AuditChain.stored("a\u0000b", 100)).isEqualTo("a\uFFFDb");
  }

  @Test
  void theKeyRingRefusesBadSettingsAndTheDemoKeyOutsideADemo() {
    assertThatThrownBy(() -> AuditKeys.from(new AuditSettings.Keys("a", Map.of())))
        .hasMessageContaining("kuzet.audit.keys.ring is empty");
    assertThatThrownBy(() -> AuditKeys.from(new AuditSettings.Keys("a", Map.of("a", "c2hvcnQ="))))
        .hasMessageContaining("kuzet.audit.keys.ring.a must decode to at least 32 bytes");
    assertThatThrownBy(() -> AuditKeys.from(new AuditSettings.Keys("b", Map.of("a", KEY))))
        .hasMessageContaining("kuzet.audit.keys.active is 'b'");
    assertThat(AuditLog.keys(new AuditSettings.Keys(null, Map.of()), true).activeId())
        .isEqualTo("demo");
    assertThatThrownBy(() -> AuditLog.keys(new AuditSettings.Keys(null, Map.of()), false))
        .hasMessageContaining("kuzet.audit.keys.ring is empty");
    assertThatThrownBy(
            () ->
                AuditLog.keys(
                    new AuditSettings.Keys("a", Map.of("a", KEY, "old", AuditKeys.DEMO_KEY_BASE64)),
                    false))
        .hasMessageContaining("holds the published demo key (as [old])");
  }
}
