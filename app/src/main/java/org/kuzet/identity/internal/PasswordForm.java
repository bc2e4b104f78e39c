package org.kuzet.identity.internal;

import org.jspecify.annotations.Nullable;

/** A new password: on the own-account page with the current one, by an administrator without. */
public class PasswordForm {

  private String current = "";
  private String password = "";
  private String confirm = "";

  public String getCurrent() {
    return current;
  }

  public void setCurrent(@Nullable String current) {
    this.current = current == null ? "" : current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(@Nullable String password) {
    this.password = password == null ? "" : password;
  }

  public String getConfirm() {
    return confirm;
  }

  public void setConfirm(@Nullable String confirm) {
    this.confirm = confirm == null ? "" : confirm;
  }
}
