package org.kuzet.engine.finintel.flink;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.AccountState;
import org.kuzet.engine.finintel.detect.TrailState;

/**
 * The type information of everything the job sends between operators or keeps in state, each with
 * its own serializer: none of them goes through Kryo, and the job disables Kryo ({@code
 * pipeline.generic-types: false}) so that a type added without one fails at once.
 */
public final class FinintelTypes {
  private FinintelTypes() {}

  /** The key of every stage. */
  public static final TypeInformation<AccountRef> ACCOUNT =
      new Info<>(AccountRef.class, () -> RecordSerializer.OfAccount.INSTANCE, true);

  public static final TypeInformation<Transaction> TRANSACTION =
      new Info<>(Transaction.class, () -> RecordSerializer.OfTransaction.INSTANCE);
  public static final TypeInformation<Sequenced> SEQUENCED =
      new Info<>(Sequenced.class, () -> RecordSerializer.OfSequenced.INSTANCE);
  public static final TypeInformation<AccountEvent> EVENT =
      new Info<>(AccountEvent.class, () -> RecordSerializer.OfEvent.INSTANCE);
  public static final TypeInformation<Alert> ALERT =
      new Info<>(Alert.class, () -> RecordSerializer.OfAlert.INSTANCE);
  public static final TypeInformation<List<AccountEvent>> EVENTS = Types.LIST(EVENT);
  public static final TypeInformation<AccountState> ACCOUNT_STATE =
      new Info<>(AccountState.class, () -> StateSerializer.of(AccountState.class));
  public static final TypeInformation<TrailState> TRAIL_STATE =
      new Info<>(TrailState.class, () -> StateSerializer.of(TrailState.class));

  /** Type information that only hands out its serializer. */
  static final class Info<T> extends TypeInformation<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final SerializableSupplier<TypeSerializer<T>> serializer;
    private final boolean key;

    interface SerializableSupplier<S> extends Supplier<S>, Serializable {}

    Info(Class<T> type, SerializableSupplier<TypeSerializer<T>> serializer) {
      this(type, serializer, false);
    }

    /** {@code key}: equals and hashCode are by value and stable across JVMs. */
    Info(Class<T> type, SerializableSupplier<TypeSerializer<T>> serializer, boolean key) {
      this.type = type;
      this.serializer = serializer;
      this.key = key;
    }

    @Override
    public boolean isBasicType() {
      return false;
    }

    @Override
    public boolean isTupleType() {
      return false;
    }

    @Override
    public int getArity() {
      return 1;
    }

    @Override
    public int getTotalFields() {
      return 1;
    }

    @Override
    public Class<T> getTypeClass() {
      return type;
    }

    @Override
    public boolean isKeyType() {
      return key;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
      return serializer.get();
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Info<?> i && i.type == type;
    }

    @Override
    public int hashCode() {
      return type.hashCode();
    }

    @Override
    public boolean canEqual(Object o) {
      return o instanceof Info<?>;
    }
  }
}
