package org.kuzet.program.internal;

/** The closed lists of the program office; each value's label is {@code program.<list>.<VALUE>}. */
public final class Kinds {

  private Kinds() {}

  public enum OrgKind {
    DONOR,
    PARTNER,
    HOST_GOVERNMENT,
    US_GOVERNMENT
  }

  public enum Status {
    PLANNED,
    ACTIVE,
    COMPLETED
  }

  enum OrgRole {
    IMPLEMENTING,
    COUNTERPART
  }

  public enum Side {
    HOST,
    DONOR
  }

  /** What is contributed, and by which side: the host government in kind, the donor in services. */
  public enum CostKind {
    LAND(Side.HOST),
    BUILDINGS(Side.HOST),
    INFRASTRUCTURE(Side.HOST),
    OFFICERS(Side.HOST),
    TRAINERS(Side.HOST),
    STAFF(Side.HOST),
    OFFICE_SPACE(Side.HOST),
    CLASSROOM_SPACE(Side.HOST),
    DORMITORY(Side.HOST),
    BUDGET(Side.HOST),
    TRAINING(Side.DONOR),
    TECHNICAL_ASSISTANCE(Side.DONOR),
    EQUIPMENT(Side.DONOR),
    REHABILITATION(Side.DONOR),
    FURNITURE(Side.DONOR);

    final Side side;

    CostKind(Side side) {
      this.side = side;
    }
  }

  public enum EventKind {
    STRATEGY_SESSION,
    STUDY_VISIT,
    TRAINING,
    HANDOVER,
    OTHER
  }
}
