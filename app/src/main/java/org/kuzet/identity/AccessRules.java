package org.kuzet.identity;

import static org.kuzet.identity.Role.ADMINISTRATOR;
import static org.kuzet.identity.Role.ANALYST;
import static org.kuzet.identity.Role.BORDER_OFFICER;
import static org.kuzet.identity.Role.CHECKPOINT_OFFICER;
import static org.kuzet.identity.Role.FINANCIAL_INVESTIGATOR;
import static org.kuzet.identity.Role.PARTNER;
import static org.kuzet.identity.Role.PROGRAM_MANAGER;
import static org.kuzet.identity.Role.TIP_CASEWORKER;
import static org.kuzet.identity.Role.TRAINING_COORDINATOR;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that states who may do what in Kuzet.
 *
 * <p>Two layers, both enforced on the server: {@link #URL_RULES} decide which roles may reach a
 * page or endpoint at all (checked by the security filter chain before any controller runs), and
 * the record-level policies below decide, per record, whether the user's agency may see or change
 * it (checked by each module's services, for pages, API and exports alike). Anything not listed in
 * {@link #URL_RULES} needs a signed-in, approved account.
 */
public final class AccessRules {

  private AccessRules() {}

  /** Paths anyone may open without signing in. */
  public static final List<String> PUBLIC_PATHS =
      List.of(
          "/",
          "/login",
          "/login/**",
          "/oauth2/**",
          "/error",
          "/css/**",
          "/js/**",
          "/images/**",
          "/webjars/**",
          "/favicon.ico",
          "/actuator/health",
          "/actuator/health/**",
          "/factsheets/**",
          "/certificates/verify",
          "/api/training/certificates/verify",
          "/v3/api-docs",
          "/v3/api-docs/**");

  /** A path pattern and the roles that may reach it. The first matching rule wins. */
  public record UrlRule(String pattern, Set<Role> roles) {
    public UrlRule {
      roles = Set.copyOf(roles);
    }

    static UrlRule of(String pattern, Role... roles) {
      return new UrlRule(pattern, EnumSet.copyOf(Arrays.asList(roles)));
    }
  }

  /** Roles that work at or for the interdiction posts. */
  private static final Role[] INTERDICTION = {CHECKPOINT_OFFICER, BORDER_OFFICER, ANALYST};

  /** Roles that screen names against watchlists as part of their work. */
  private static final Role[] SCREENING = {
    CHECKPOINT_OFFICER, BORDER_OFFICER, ANALYST, FINANCIAL_INVESTIGATOR
  };

  public static final List<UrlRule> URL_RULES =
      List.of(
          // administration
          UrlRule.of("/admin/**", ADMINISTRATOR),
          UrlRule.of("/api/admin/**", ADMINISTRATOR),
          UrlRule.of("/actuator/**", ADMINISTRATOR),
          // program office: partners read their own projects, managers edit (see below)
          UrlRule.of("/program/**", PROGRAM_MANAGER, PARTNER),
          UrlRule.of("/api/program/**", PROGRAM_MANAGER, PARTNER),
          // results framework: managers and administrators edit, partners read their programs
          UrlRule.of("/results/**", PROGRAM_MANAGER, PARTNER, ADMINISTRATOR),
          UrlRule.of("/api/results/**", PROGRAM_MANAGER, PARTNER, ADMINISTRATOR),
          // watchlists: screening for the roles that screen, list management for analysts
          UrlRule.of("/watchlists/**", ANALYST, ADMINISTRATOR),
          UrlRule.of("/api/watchlists/**", ANALYST, ADMINISTRATOR),
          UrlRule.of("/screening/**", SCREENING),
          UrlRule.of("/api/screening/**", SCREENING),
          // interdiction
          UrlRule.of("/interdiction/analysis/**", ANALYST),
          // anonymised seizure statistics: analysts, the program office and partners (no names)
          UrlRule.of("/interdiction/statistics/**", ANALYST, PROGRAM_MANAGER, PARTNER),
          UrlRule.of("/api/interdiction/analysis/**", ANALYST),
          UrlRule.of("/interdiction/**", INTERDICTION),
          UrlRule.of("/api/interdiction/**", INTERDICTION),
          // financial intelligence
          UrlRule.of("/finintel/**", FINANCIAL_INVESTIGATOR),
          UrlRule.of("/api/finintel/**", FINANCIAL_INVESTIGATOR),
          // training
          UrlRule.of("/training/**", TRAINING_COORDINATOR, PROGRAM_MANAGER),
          UrlRule.of("/api/training/**", TRAINING_COORDINATOR, PROGRAM_MANAGER),
          // trafficking in persons: anonymised statistics for the program office, records for
          // caseworkers only
          UrlRule.of("/trafficking/statistics/**", TIP_CASEWORKER, PROGRAM_MANAGER, PARTNER),
          UrlRule.of("/api/trafficking/statistics/**", TIP_CASEWORKER, PROGRAM_MANAGER, PARTNER),
          UrlRule.of("/trafficking/**", TIP_CASEWORKER),
          UrlRule.of("/api/trafficking/**", TIP_CASEWORKER));

  /** Roles of an approved account: any one of them lets a user past the waiting page. */
  public static final Set<Role> ANY_ROLE = EnumSet.allOf(Role.class);

  // ---- record-level policies -------------------------------------------------------------

  /** Program records: managers edit everything; partners only read the projects they carry out. */
  public static boolean mayEditProgram(KuzetUser user) {
    return user.has(PROGRAM_MANAGER);
  }

  /** A partner sees a project only when its agency implements it; managers see all. */
  public static boolean mayReadProject(KuzetUser user, Set<AgencyCode> implementingAgencies) {
    return user.has(PROGRAM_MANAGER)
        || (user.has(PARTNER) && implementingAgencies.contains(user.agency()));
  }

  /**
   * Results framework: program managers and administrators set targets and enter and review
   * indicator values (a value is approved by someone other than who entered it).
   */
  public static boolean mayEditResults(KuzetUser user) {
    return user.hasAny(PROGRAM_MANAGER, ADMINISTRATOR);
  }

  /** Officers see and log only for the posts their own agency operates; analysts likewise. */
  public static boolean mayWorkAtPost(KuzetUser user, AgencyCode postAgency) {
    return user.hasAny(INTERDICTION) && user.belongsTo(postAgency);
  }

  /** Inspections and seizures are logged by the officers of the agency that operates the post. */
  public static boolean mayLogAtPost(KuzetUser user, AgencyCode postAgency) {
    return user.hasAny(CHECKPOINT_OFFICER, BORDER_OFFICER) && user.belongsTo(postAgency);
  }

  /** Lookouts to the posts are issued by interdiction analysts and officers. */
  public static boolean mayIssueLookout(KuzetUser user) {
    return user.hasAny(INTERDICTION);
  }

  /**
   * Targeting rules are edited by analysts of an agency that operates posts; every version is kept.
   */
  public static boolean mayEditTargetingRules(KuzetUser user, boolean agencyOperatesPosts) {
    return user.has(ANALYST) && agencyOperatesPosts;
  }

  /**
   * Anonymised seizure statistics (counts and quantities, never names or plates): analysts, the
   * program office and partners such as UNODC. Nominal seizure records stay with the agency that
   * operates the post ({@link #mayWorkAtPost}).
   */
  public static boolean mayReadSeizureStatistics(KuzetUser user) {
    return user.hasAny(ANALYST, PROGRAM_MANAGER, PARTNER);
  }

  /** Financial cases, alerts and imports: investigators of the owning agency only. */
  public static boolean mayReadFinancialCase(KuzetUser user, AgencyCode owner) {
    return user.has(FINANCIAL_INVESTIGATOR) && user.belongsTo(owner);
  }

  /** Training sessions: the hosting agency's coordinators edit; program managers read. */
  public static boolean mayEditTraining(KuzetUser user, AgencyCode hostingAgency) {
    return user.has(TRAINING_COORDINATOR) && user.belongsTo(hostingAgency);
  }

  /** Training records: the hosting agency's coordinators and program managers read them. */
  public static boolean mayReadTraining(KuzetUser user, AgencyCode hostingAgency) {
    return mayEditTraining(user, hostingAgency) || user.has(PROGRAM_MANAGER);
  }

  /** Victim records: TIP caseworkers of the owning agency, nobody else, not even administrators. */
  public static boolean mayReadVictimRecord(KuzetUser user, AgencyCode owner) {
    return user.has(TIP_CASEWORKER) && user.belongsTo(owner);
  }

  /** Creating accounts, assigning agency and roles, approving and disabling accounts. */
  public static boolean mayAdministerAccounts(KuzetUser user) {
    return user.has(ADMINISTRATOR);
  }

  /** Watchlists are shared by all agencies: analysts and administrators upload and activate. */
  public static boolean mayManageWatchlists(KuzetUser user) {
    return user.hasAny(ANALYST, ADMINISTRATOR);
  }

  /** Screening names against the active watchlists. */
  public static boolean mayScreen(KuzetUser user) {
    return user.hasAny(SCREENING);
  }

  /** A batch screening and its result: only the person who uploaded it, within their agency. */
  public static boolean mayReadScreeningBatch(
      KuzetUser user, long ownerAccountId, AgencyCode ownerAgency) {
    return mayScreen(user) && user.accountId() == ownerAccountId && user.belongsTo(ownerAgency);
  }

  /** Anonymised trafficking statistics: caseworkers and the program office, never the records. */
  public static boolean mayReadTraffickingStatistics(KuzetUser user) {
    return user.hasAny(TIP_CASEWORKER, PROGRAM_MANAGER, PARTNER);
  }

  /** Audit log review. */
  public static boolean mayReviewAudit(KuzetUser user) {
    return user.has(ADMINISTRATOR);
  }
}
