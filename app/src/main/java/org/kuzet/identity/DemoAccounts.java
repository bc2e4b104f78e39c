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
          new Demo("admin", "Айгерим Садыкова", AgencyCode.INL, Set.of(ADMINISTRATOR)),
          new Demo("pm.inl", "John Miller", AgencyCode.INL, Set.of(PROGRAM_MANAGER)),
          // A second program manager: fact-sheet snapshots need a reviewer other than the
          // publisher.
          new Demo("pm.review", "Karen Ortiz", AgencyCode.INL, Set.of(PROGRAM_MANAGER)),
          new Demo("partner.unodc", "Елена Петрова", AgencyCode.UNODC, Set.of(PARTNER)),
          new Demo("partner.iom", "Дана Абенова", AgencyCode.IOM, Set.of(PARTNER)),
          new Demo(
              "officer.cdc",
              "Серик Нурланов",
              AgencyCode.DRUG_CONTROL_COMMITTEE,
              Set.of(CHECKPOINT_OFFICER)),
          new Demo("guard.bg", "Марат Тулегенов", AgencyCode.BORDER_GUARDS, Set.of(BORDER_OFFICER)),
          new Demo(
              "analyst.cdc",
              "Гульнара Искакова",
              AgencyCode.DRUG_CONTROL_COMMITTEE,
              Set.of(ANALYST)),
          new Demo("analyst.bg", "Ерлан Беков", AgencyCode.BORDER_GUARDS, Set.of(ANALYST)),
          new Demo(
              "investigator.fp",
              "Асель Жакупова",
              AgencyCode.FINANCIAL_POLICE,
              Set.of(FINANCIAL_INVESTIGATOR)),
          new Demo(
              "investigator.pgo",
              "Данияр Омаров",
              AgencyCode.PROSECUTOR_GENERAL,
              Set.of(FINANCIAL_INVESTIGATOR)),
          new Demo(
              "coordinator.li",
              "Сауле Ахметова",
              AgencyCode.MOI_LEGAL_INSTITUTE,
              Set.of(TRAINING_COORDINATOR)),
          new Demo(
              "coordinator.fp",
              "Нурлан Касымов",
              AgencyCode.FINANCIAL_POLICE,
              Set.of(TRAINING_COORDINATOR)),
          new Demo(
              "caseworker.mp",
              "Алия Сейткали",
              AgencyCode.MIGRATION_POLICE,
              Set.of(TIP_CASEWORKER)));
}
