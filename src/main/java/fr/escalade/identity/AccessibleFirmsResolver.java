package fr.escalade.identity;

import fr.escalade.system.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller parameter of type {@link AccessibleFirms} the caller's firms: the
 * {@link StaffMember} that {@code /api}'s authentication found, or the user logged in to
 * Escalade's pages (whose authorities are their Camunda groups).
 */
class AccessibleFirmsResolver implements HandlerMethodArgumentResolver {

  private final FirmAccess access;

  AccessibleFirmsResolver(FirmAccess access) {
    this.access = access;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return AccessibleFirms.class.equals(parameter.getParameterType());
  }

  @Override
  public AccessibleFirms resolveArgument(
      MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request, WebDataBinderFactory binders) {
    HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
    if (http != null && http.getAttribute(StaffMember.ATTRIBUTE) instanceof StaffMember staff) {
      return access.of(staff.id(), staff.groups());
    }
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    if (login != null && login.isAuthenticated() && !(login instanceof AnonymousAuthenticationToken)) {
      Set<String> groups = login.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
      return access.of(login.getName(), groups);
    }
    // only reached if a page that needs a firm were left unguarded: fail closed
    throw new ForbiddenException("No member of staff is logged in; no firm's complaints are shown.");
  }
}
