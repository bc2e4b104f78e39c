package org.kuzet.identity;

import static org.kuzet.identity.Role.*;

import java.util.List;
import java.util.Set;

/**
 * The accounts of the demo installation, one per role. They exist only when demo data is enabled
 * ({@code ./kuzet serve}); {@code ./kuzet start} never creates them. Tests sign in as them too.
 */
public final class DemoAccounts {

  private DemoAccounts() {}

  /** The one password of every demo account: a demo, not a secret. */
  public static final String PASSWORD = "kuzet-demo-2009";

  /** A demo account. */
  public record Demo(String username, String displayName, AgencyCode agency, Set<Role> roles) {}

  public static final List<Demo> ALL =
      List.of(
          new Demo("admin", "Aigerim Sadykova (administrator)", AgencyCode.INL, Set.of(ADMINISTRATOR)),
          new Demo("pm.inl", "John Miller (INL program manager)", AgencyCode.INL, Set.of(PROGRAM_MANAGER)),
          // A second program manager: fact-sheet snapshots need a reviewer other than the publisher.
          new Demo("pm.review", "Karen Ortiz (INL program manager)", AgencyCode.INL, Set.of(PROGRAM_MANAGER)),
          new Demo("partner.unodc", "Elena Petrova (UNODC)", AgencyCode.UNODC, Set.of(PARTNER)),
          new Demo("partner.iom", "Dana Abenova (IOM)", AgencyCode.IOM, Set.of(PARTNER)),
          new Demo(
              "officer.cdc",
              "Serik Nurlanov (checkpoint officer)",
              AgencyCode.DRUG_CONTROL_COMMITTEE,
              Set.of(CHECKPOINT_OFFICER)),
          new Demo(
              "guard.bg",
              "Marat Tulegenov (border officer)",
              AgencyCode.BORDER_GUARDS,
              Set.of(BORDER_OFFICER)),
          new Demo(
              "analyst.cdc",
              "Gulnara Iskakova (analyst)",
              AgencyCode.DRUG_CONTROL_COMMITTEE,
              Set.of(ANALYST)),
          new Demo(
              "analyst.bg", "Yerlan Bekov (analyst)", AgencyCode.BORDER_GUARDS, Set.of(ANALYST)),
          new Demo(
              "investigator.fp",
              "Asel Zhakupova (financial investigator)",
              AgencyCode.FINANCIAL_POLICE,
              Set.of(FINANCIAL_INVESTIGATOR)),
          new Demo(
              "investigator.pgo",
              "Daniyar Omarov (prosecutor's investigator)",
              AgencyCode.PROSECUTOR_GENERAL,
              Set.of(FINANCIAL_INVESTIGATOR)),
          new Demo(
              "coordinator.li",
              "Saule Akhmetova (training coordinator)",
              AgencyCode.MOI_LEGAL_INSTITUTE,
              Set.of(TRAINING_COORDINATOR)),
          new Demo(
              "coordinator.fp",
              "Nurlan Kassymov (Financial Police Academy)",
              AgencyCode.FINANCIAL_POLICE,
              Set.of(TRAINING_COORDINATOR)),
          new Demo(
              "caseworker.mp",
              "Aliya Seitkali (TIP caseworker)",
              AgencyCode.MIGRATION_POLICE,
              Set.of(TIP_CASEWORKER)));
}
