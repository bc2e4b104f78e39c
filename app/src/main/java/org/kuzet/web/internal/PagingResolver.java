package org.kuzet.web.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Paging;
import org.kuzet.web.Sortable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@code page}, {@code size} and {@code sort} into a controller's {@link Paging}. */
final class PagingResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Paging.class;
  }

  @Override
  public Paging resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer mavContainer,
      NativeWebRequest request,
      @Nullable WebDataBinderFactory binderFactory) {
    Sortable sortable = parameter.getParameterAnnotation(Sortable.class);
    if (sortable == null) {
      throw new IllegalStateException(parameter.getMethod() + " takes Paging without @Sortable");
    }
    return Paging.parse(
        request.getParameter("page"),
        request.getParameter("size"),
        request.getParameter("sort"),
        List.of(sortable.value()),
        sortable.descending());
  }
}
