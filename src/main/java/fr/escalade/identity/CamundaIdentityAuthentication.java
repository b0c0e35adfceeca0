package fr.escalade.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import fr.escalade.system.DatabaseOutage;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Logs staff in to Escalade's own pages with their Camunda user and password; their Camunda groups
 * become their authorities, so a page can be kept to supervisors.
 */
class CamundaIdentityAuthentication implements AuthenticationProvider {

  private final IdentityService identity;

  CamundaIdentityAuthentication(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    try {
      return check(authentication);
    } catch (RuntimeException e) {
      if (e instanceof org.springframework.security.core.AuthenticationException || !DatabaseOutage.causedBy(e)) {
        throw e;
      }
      // the users are in the database: not a wrong password, and not a fault (WebPageSecurity answers 503)
      throw new AuthenticationServiceException("The database cannot be reached", e);
    }
  }

  private Authentication check(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || user.isBlank() || !(password instanceof String text) || !identity.checkPassword(user, text)) {
      throw new BadCredentialsException("Identifiant ou mot de passe incorrect.");
    }
    List<SimpleGrantedAuthority> groups =
        identity.createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .map(SimpleGrantedAuthority::new)
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
