package org.kuzet.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.TokenScope;

/**
 * A new personal API token: its name, how long it lives, what it may do, and the owner's password
 * again (a session left open must not be enough to mint a long-lived credential).
 */
public class TokenForm {

  private String name = "";
  private String password = "";
  private int days = ApiTokens.DEFAULT_DAYS;
  private String access = "read";
  private List<String> modules = new ArrayList<>();

  public String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name == null ? "" : name.strip();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(@Nullable String password) {
    this.password = password == null ? "" : password;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public String getAccess() {
    return access;
  }

  public void setAccess(@Nullable String access) {
    this.access = access == null ? "" : access;
  }

  public List<String> getModules() {
    return modules;
  }

  public void setModules(@Nullable List<String> modules) {
    this.modules = modules == null ? new ArrayList<>() : new ArrayList<>(modules);
  }

  /** The scope chosen; no module ticked means every module. */
  TokenScope scope() {
    return new TokenScope("write".equals(access), Set.copyOf(modules));
  }
}
