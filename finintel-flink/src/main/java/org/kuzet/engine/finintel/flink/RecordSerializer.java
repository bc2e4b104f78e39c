package org.kuzet.engine.finintel.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.detect.AccountEvent;

/**
 * Serializer of an immutable value ({@link WireFormat}): copying returns the value itself, which is
 * what lets chained operators pass records on without a copy.
 */
abstract class RecordSerializer<T> extends TypeSerializerSingleton<T> {
  private static final long serialVersionUID = 1L;

  abstract void write(T value, DataOutputView out) throws IOException;

  abstract T read(DataInputView in) throws IOException;

  @Override
  public final boolean isImmutableType() {
    return true;
  }

  @Override
  public final @Nullable T createInstance() {
    return null; // immutable records have no empty instance to fill
  }

  @Override
  public final T copy(T from) {
    return from;
  }

  @Override
  public final T copy(T from, T reuse) {
    return from;
  }

  @Override
  public final int getLength() {
    return -1;
  }

  @Override
  public final void serialize(T value, DataOutputView out) throws IOException {
    write(value, out);
  }

  @Override
  public final T deserialize(DataInputView in) throws IOException {
    return read(in);
  }

  @Override
  public final T deserialize(T reuse, DataInputView in) throws IOException {
    return read(in);
  }

  @Override
  public final void copy(DataInputView in, DataOutputView out) throws IOException {
    write(read(in), out);
  }

  static final class OfAccount extends RecordSerializer<AccountRef> {
    private static final long serialVersionUID = 1L;
    static final OfAccount INSTANCE = new OfAccount();

    @Override
    void write(AccountRef a, DataOutputView out) throws IOException {
      WireFormat.writeAccount(a, out);
    }

    @Override
    AccountRef read(DataInputView in) throws IOException {
      return WireFormat.readAccount(in);
    }

    @Override
    public TypeSerializerSnapshot<AccountRef> snapshotConfiguration() {
      return new AccountSnapshot();
    }
  }

  public static final class AccountSnapshot extends SimpleTypeSerializerSnapshot<AccountRef> {
    public AccountSnapshot() {
      super(() -> OfAccount.INSTANCE);
    }
  }

  static final class OfTransaction extends RecordSerializer<Transaction> {
    private static final long serialVersionUID = 1L;
    static final OfTransaction INSTANCE = new OfTransaction();

    @Override
    void write(Transaction t, DataOutputView out) throws IOException {
      WireFormat.writeTransaction(t, out);
    }

    @Override
    Transaction read(DataInputView in) throws IOException {
      return WireFormat.readTransaction(in);
    }

    @Override
    public TypeSerializerSnapshot<Transaction> snapshotConfiguration() {
      return new TransactionSnapshot();
    }
  }

  public static final class TransactionSnapshot extends SimpleTypeSerializerSnapshot<Transaction> {
    public TransactionSnapshot() {
      super(() -> OfTransaction.INSTANCE);
    }
  }

  static final class OfEvent extends RecordSerializer<AccountEvent> {
    private static final long serialVersionUID = 1L;
    static final OfEvent INSTANCE = new OfEvent();

    @Override
    void write(AccountEvent e, DataOutputView out) throws IOException {
      WireFormat.writeEvent(e, out);
    }

    @Override
    AccountEvent read(DataInputView in) throws IOException {
      return WireFormat.readEvent(in);
    }

    @Override
    public TypeSerializerSnapshot<AccountEvent> snapshotConfiguration() {
      return new EventSnapshot();
    }
  }

  public static final class EventSnapshot extends SimpleTypeSerializerSnapshot<AccountEvent> {
    public EventSnapshot() {
      super(() -> OfEvent.INSTANCE);
    }
  }

  static final class OfSequenced extends RecordSerializer<Sequenced> {
    private static final long serialVersionUID = 1L;
    static final OfSequenced INSTANCE = new OfSequenced();

    @Override
    void write(Sequenced s, DataOutputView out) throws IOException {
      out.writeLong(s.seq());
      WireFormat.writeTransaction(s.tx(), out);
    }

    @Override
    Sequenced read(DataInputView in) throws IOException {
      return new Sequenced(in.readLong(), WireFormat.readTransaction(in));
    }

    @Override
    public TypeSerializerSnapshot<Sequenced> snapshotConfiguration() {
      return new SequencedSnapshot();
    }
  }

  public static final class SequencedSnapshot extends SimpleTypeSerializerSnapshot<Sequenced> {
    public SequencedSnapshot() {
      super(() -> OfSequenced.INSTANCE);
    }
  }

  static final class OfAlert extends RecordSerializer<Alert> {
    private static final long serialVersionUID = 1L;
    static final OfAlert INSTANCE = new OfAlert();

    @Override
    void write(Alert a, DataOutputView out) throws IOException {
      WireFormat.writeAlert(a, out);
    }

    @Override
    Alert read(DataInputView in) throws IOException {
      return WireFormat.readAlert(in);
    }

    @Override
    public TypeSerializerSnapshot<Alert> snapshotConfiguration() {
      return new AlertSnapshot();
    }
  }

  public static final class AlertSnapshot extends SimpleTypeSerializerSnapshot<Alert> {
    public AlertSnapshot() {
      super(() -> OfAlert.INSTANCE);
    }
  }
}
