package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.detect.AccountState;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.TrailState;

class StateSerializerTest {

  /** A state class with a field the serializer has no codec for. */
  static final class WithAMap {
    Map<String, Long> seen;

    WithAMap() {}
  }

  @Test
  void aFieldOfAnUnknownTypeIsRefusedWhenTheSerializerIsBuilt() {
    assertThatThrownBy(() -> StateSerializer.of(WithAMap.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WithAMap.seen")
        .hasMessageContaining("java.util.Map");
  }

  @Test
  void theEngineStatesAreCoveredAndTheirLayoutIsRecorded() {
    String layout = StateSerializer.of(AccountState.class).layout();
    assertThat(layout).startsWith("AccountState{").contains("in:Ring{").contains("days:long[]");
    assertThat(StateSerializer.of(TrailState.class).layout()).contains("noticeTx:");
  }

  @Test
  void aSnapshotRestoresOnlyOntoTheSameLayout() throws Exception {
    StateSerializer<AccountState> s = StateSerializer.of(AccountState.class);
    var snapshot = s.snapshotConfiguration();
    DataOutputSerializer out = new DataOutputSerializer(256);
    snapshot.writeSnapshot(out);
    var read = new StateSerializer.Snapshot<AccountState>();
    read.readSnapshot(
        1, new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
    assertThat(read.restoreSerializer()).isEqualTo(s);
    assertThat(snapshot.resolveSchemaCompatibility(read).isCompatibleAsIs()).isTrue();

    var other = new StateSerializer.Snapshot<>(AccountState.class, "AccountState{older}");
    assertThat(snapshot.resolveSchemaCompatibility(other))
        .satisfies(c -> assertThat(c.isIncompatible()).isTrue());
    assertThatThrownBy(other::restoreSerializer).hasMessageContaining("AccountState{older}");
  }

  @Test
  void aCopyIsDeepAndEqualInContent() throws Exception {
    StateSerializer<AccountState> s = StateSerializer.of(AccountState.class);
    AccountState a = AccountState.create(DetectionSettings.defaults());
    AccountState b = s.copy(a);
    assertThat(b).isNotSameAs(a);
    DataOutputSerializer x = new DataOutputSerializer(256);
    DataOutputSerializer y = new DataOutputSerializer(256);
    s.serialize(a, x);
    s.serialize(b, y);
    assertThat(y.getCopyOfBuffer()).isEqualTo(x.getCopyOfBuffer());
  }
}
