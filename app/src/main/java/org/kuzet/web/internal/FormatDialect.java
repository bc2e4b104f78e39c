package org.kuzet.web.internal;

import java.util.Set;
import org.kuzet.web.Formats;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Adds {@code #when} (dates and times), {@code #plural} (counted things) and {@code #money}
 * (amounts) to every template, both in the reader's language; see {@link Formats}. Spring Boot
 * registers every dialect bean with the template engine.
 */
@Component
class FormatDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final Formats formats;

  FormatDialect(Formats formats) {
    super("kuzet-formats");
    this.formats = formats;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("when", "plural", "money");
      }

      @Override
      public Object buildObject(IExpressionContext context, String name) {
        return switch (name) {
          case "when" -> formats.when(context.getLocale());
          case "money" -> formats.money(context.getLocale());
          default -> formats.plurals(context.getLocale());
        };
      }

      @Override
      public boolean isCacheable(String name) {
        return true;
      }
    };
  }
}
