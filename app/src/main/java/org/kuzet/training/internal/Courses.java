package org.kuzet.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Courses and their curriculum versions (tables {@code trn_course}, {@code
 * trn_curriculum_version}).
 */
@Repository
public class Courses {

  private final JdbcClient jdbc;

  Courses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Course> all() {
    return jdbc.sql("SELECT * FROM trn_course ORDER BY title").query(Courses::course).list();
  }

  List<Course> ofCenter(CenterId centerId) {
    return jdbc.sql("SELECT * FROM trn_course WHERE center_id = ? ORDER BY title")
        .param(centerId.value())
        .query(Courses::course)
        .list();
  }

  Optional<Course> find(CourseId id) {
    return jdbc.sql("SELECT * FROM trn_course WHERE id = ?")
        .param(id.value())
        .query(Courses::course)
        .optional();
  }

  Optional<Course> findByCode(String code) {
    return jdbc.sql("SELECT * FROM trn_course WHERE code = ?")
        .param(code)
        .query(Courses::course)
        .optional();
  }

  public CourseId insert(Course c) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO trn_course (id, code, center_id, title, topic, program_code, target_audience,
              hours, min_attendance_pct, pass_mark, illustrative, title_ru, title_kk, topic_ru, topic_kk,
              target_audience_ru, target_audience_kk)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                c.code(),
                c.centerId().value(),
                c.title(),
                c.topic(),
                c.programCode(),
                c.targetAudience(),
                c.hours(),
                c.rule().minAttendancePct(),
                c.rule().passMark(),
                c.illustrative(),
                c.titleRu(),
                c.titleKk(),
                c.topicRu(),
                c.topicKk(),
                c.targetAudienceRu(),
                c.targetAudienceKk()))
        .update();
    return new CourseId(id);
  }

  void update(Course c) {
    jdbc.sql(
            """
            UPDATE trn_course SET title = ?, topic = ?, program_code = ?, target_audience = ?,
              hours = ?, min_attendance_pct = ?, pass_mark = ?, title_ru = ?, title_kk = ?, topic_ru = ?,
              topic_kk = ?, target_audience_ru = ?, target_audience_kk = ?
            WHERE id = ?""")
        .params(
            Arrays.asList(
                c.title(),
                c.topic(),
                c.programCode(),
                c.targetAudience(),
                c.hours(),
                c.rule().minAttendancePct(),
                c.rule().passMark(),
                c.titleRu(),
                c.titleKk(),
                c.topicRu(),
                c.topicKk(),
                c.targetAudienceRu(),
                c.targetAudienceKk(),
                c.id().value()))
        .update();
  }

  /** Gives a course its Russian and Kazakh titles unless it already has either. */
  public void translateIfUntranslated(String code, String titleRu, String titleKk) {
    jdbc.sql(
            "UPDATE trn_course SET title_ru = ?, title_kk = ? WHERE code = ? AND title_ru IS NULL AND title_kk IS NULL")
        .params(titleRu, titleKk, code)
        .update();
  }

  /**
   * Gives a course its topic and target audience in Russian and Kazakh unless it already has any.
   */
  public void translateTextsIfUntranslated(
      String code, String topicRu, String topicKk, String audienceRu, String audienceKk) {
    jdbc.sql(
            """
            UPDATE trn_course SET topic_ru = ?, topic_kk = ?, target_audience_ru = ?,
              target_audience_kk = ?
            WHERE code = ? AND topic_ru IS NULL AND topic_kk IS NULL AND target_audience_ru IS NULL
              AND target_audience_kk IS NULL""")
        .params(topicRu, topicKk, audienceRu, audienceKk, code)
        .update();
  }

  List<CurriculumVersion> versions(CourseId courseId) {
    return jdbc.sql(
            "SELECT * FROM trn_curriculum_version WHERE course_id = ? ORDER BY version_no DESC")
        .param(courseId.value())
        .query(Courses::version)
        .list();
  }

  Optional<CurriculumVersion> version(long id) {
    return jdbc.sql("SELECT * FROM trn_curriculum_version WHERE id = ?")
        .param(id)
        .query(Courses::version)
        .optional();
  }

  /** The newest approved version: what a new session teaches unless told otherwise. */
  Optional<CurriculumVersion> latestApproved(CourseId courseId) {
    return versions(courseId).stream().filter(CurriculumVersion::approved).findFirst();
  }

  public long addVersion(CourseId courseId, String changes, Clock clock) {
    int next =
        jdbc.sql(
                "SELECT COALESCE(MAX(version_no), 0) + 1 FROM trn_curriculum_version WHERE course_id = ?")
            .param(courseId.value())
            .query(Integer.class)
            .single();
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO trn_curriculum_version (id, course_id, version_no, changes, created_at)
            VALUES (?, ?, ?, ?, ?)""")
        .params(
            id,
            courseId.value(),
            next,
            changes,
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .update();
    return id;
  }

  public void approve(long versionId, String approvedBy, LocalDate approvedOn) {
    jdbc.sql("UPDATE trn_curriculum_version SET approved_by = ?, approved_on = ? WHERE id = ?")
        .params(approvedBy, approvedOn, versionId)
        .update();
  }

  private static Course course(ResultSet rs, int n) throws SQLException {
    return new Course(
        new CourseId(rs.getLong("id")),
        rs.getString("code"),
        new CenterId(rs.getLong("center_id")),
        rs.getString("title"),
        rs.getString("topic"),
        rs.getString("program_code"),
        rs.getString("target_audience"),
        rs.getInt("hours"),
        new CompletionRule(rs.getInt("min_attendance_pct"), rs.getBigDecimal("pass_mark")),
        rs.getBoolean("illustrative"),
        rs.getString("title_ru"),
        rs.getString("title_kk"),
        rs.getString("topic_ru"),
        rs.getString("topic_kk"),
        rs.getString("target_audience_ru"),
        rs.getString("target_audience_kk"));
  }

  private static CurriculumVersion version(ResultSet rs, int n) throws SQLException {
    return new CurriculumVersion(
        rs.getLong("id"),
        new CourseId(rs.getLong("course_id")),
        rs.getInt("version_no"),
        rs.getString("changes"),
        rs.getString("approved_by"),
        rs.getObject("approved_on", LocalDate.class));
  }
}
