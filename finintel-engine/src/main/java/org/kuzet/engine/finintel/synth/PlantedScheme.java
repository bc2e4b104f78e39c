package org.kuzet.engine.finintel.synth;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.engine.finintel.Typology;

/** One laundering scheme the generator planted, with the ids its transactions got. */
public final class PlantedScheme {
  private final String id;
  private final Typology typology;
  private final List<String> transactionIds = new ArrayList<>();

  PlantedScheme(String id, Typology typology) {
    this.id = id;
    this.typology = typology;
  }

  public String id() {
    return id;
  }

  public Typology typology() {
    return typology;
  }

  public List<String> transactionIds() {
    return transactionIds;
  }
}
