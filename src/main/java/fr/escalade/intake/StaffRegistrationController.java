package fr.escalade.intake;

import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.system.ConflictException;
import fr.escalade.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /personnel/reclamations/nouvelle}: staff register a complaint heard on the phone, at the
 * counter, or received by post or e-mail, through the same intake as {@code POST /api/complaints}
 * — its checks, its register entry and reference, its idempotency: each filling of the form carries
 * a key, so a form sent twice (a double click, a resubmitted page) registers one complaint.
 */
@Controller
class StaffRegistrationController {

  static final String PATH = "/personnel/reclamations/nouvelle";

  /** The channels staff register; WEB is the public page's own. */
  static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.COUNTER, Channel.POST, Channel.EMAIL);

  private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

  private final IdempotentIntake intake;
  private final ComplaintRegister register;
  private final Firms firms;
  private final Validator validator;

  StaffRegistrationController(IdempotentIntake intake, ComplaintRegister register, Firms firms, Validator validator) {
    this.intake = intake;
    this.register = register;
    this.firms = firms;
    this.validator = validator;
  }

  /** What the agent is shown after registering, above a fresh form for the next call. */
  record Registered(String reference, String firm, LocalDate acknowledgementDueOn, LocalDate answerDueOn, boolean oral) {}

  @GetMapping(PATH)
  String form(Principal user, AccessibleFirms access, Model model) {
    StaffComplaintForm form = new StaffComplaintForm();
    Map<String, String> mine = access.among(firms.names());
    if (mine.size() == 1) {
      form.setFirm(mine.keySet().iterator().next());
    }
    form.setIdempotencyKey(newKey());
    return page(form, user, mine, model);
  }

  @PostMapping(PATH)
  String submit(
      @Valid @ModelAttribute("form") StaffComplaintForm form,
      BindingResult errors,
      Principal user,
      AccessibleFirms access,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> mine = access.among(firms.names());
    if (form.getIdempotencyKey() == null || !KEY.matcher(form.getIdempotencyKey()).matches()) {
      form.setIdempotencyKey(newKey());
    }
    if (!errors.hasFieldErrors("firm") && !mine.containsKey(form.getFirm())) {
      // a firm the user does not work for is refused as the API refuses it, without saying whether it exists
      errors.rejectValue("firm", "firm", "Choisissez un des cabinets pour lesquels vous travaillez.");
    }
    LocalDate sentOn = date(form.getSentOn(), "sentOn", errors);
    LocalDate receivedOn = date(form.getReceivedOn(), "receivedOn", errors);
    if (form.getEntryLevel() != null && form.getEntryLevel() != 1 && form.getEntryLevel() != 2) {
      errors.rejectValue("entryLevel", "entryLevel", "Choisissez le premier contact ou le service réclamations.");
    }
    if (form.getChannel() == Channel.WEB) {
      errors.rejectValue("channel", "channel", "Les réclamations en ligne passent par le formulaire public.");
    }
    if (errors.hasErrors()) {
      return refused(form, user, mine, model, response);
    }
    NewComplaint request = toComplaint(form, sentOn, receivedOn);
    // the API's own constraints, should the form's ever drift from them
    for (ConstraintViolation<NewComplaint> violation : validator.validate(request)) {
      errors.rejectValue(formField(violation.getPropertyPath().toString()), "invalid", "Valeur refusée : " + violation.getMessage());
    }
    if (errors.hasErrors()) {
      return refused(form, user, mine, model, response);
    }
    IdempotentIntake.Answer answer;
    try {
      answer = intake.answer(form.getIdempotencyKey(), request);
    } catch (InvalidRequestException refused) {
      refused.problems().forEach(problem -> reject(problem, form, errors));
      return refused(form, user, mine, model, response);
    } catch (ConflictException used) {
      // the key already registered this form with other contents: a changed copy of a sent form
      form.setIdempotencyKey(newKey());
      errors.reject("used", "Ce formulaire a déjà servi à enregistrer une réclamation, avec un autre contenu. Vérifiez par la "
          + "recherche qu’elle n’est pas déjà enregistrée ; sinon, envoyez à nouveau ce formulaire.");
      return refused(form, user, mine, model, response);
    }
    Complaint complaint = register.get(answer.reference());
    redirect.addFlashAttribute(
        "registered",
        new Registered(complaint.getReference(), firms.get(complaint.getFirm()).name(), complaint.getAcknowledgementDueOn(),
            complaint.getAnswerDueOn(), ComplaintIntake.isOral(complaint.getChannel())));
    return "redirect:" + PATH;
  }

  private String refused(StaffComplaintForm form, Principal user, Map<String, String> mine, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(form, user, mine, model);
  }

  private String page(StaffComplaintForm form, Principal user, Map<String, String> mine, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("user", user.getName());
    model.addAttribute("firms", mine);
    model.addAttribute("channels", CHANNELS);
    model.addAttribute("withFirstContact", mine.keySet().stream().filter(id -> firms.get(id).hasFirstContactLevel()).toList());
    model.addAttribute("today", mine.isEmpty() ? LocalDate.now() : firms.today(mine.keySet().iterator().next()));
    return "staff/register";
  }

  private static String newKey() {
    return UUID.randomUUID().toString();
  }

  private static LocalDate date(String typed, String field, BindingResult errors) {
    if (typed == null || typed.isBlank() || errors.hasFieldErrors(field)) {
      return null;
    }
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      errors.rejectValue(field, "date", "Une date au format AAAA-MM-JJ, par exemple 2026-11-16.");
      return null;
    }
  }

  private static NewComplaint toComplaint(StaffComplaintForm form, LocalDate sentOn, LocalDate receivedOn) {
    return new NewComplaint(
        form.getFirm(),
        form.getChannel(),
        sentOn,
        receivedOn,
        form.getEntryLevel(),
        new NewComplaint.Person(
            form.getName(), form.getEmail(), form.getPostalAddress(), form.getPhone(), form.getClient(), null, form.getRepresentedBy()),
        form.getContractReference(),
        form.getSubject(),
        form.getDescription());
  }

  /** The form's field for a path of {@link NewComplaint}: {@code complainant.name} is {@code name}. */
  private static String formField(String path) {
    return path.startsWith("complainant.") ? path.substring("complainant.".length()) : path;
  }

  /** The intake's checks (in the API's English) said in French, next to the field they concern. */
  private static void reject(InvalidRequestException.FieldProblem problem, StaffComplaintForm form, BindingResult errors) {
    String message = problem.message();
    switch (problem.field()) {
      case "sentOn", "receivedOn" -> errors.rejectValue(problem.field(), "date",
          message.startsWith("is in the future") ? "Cette date est dans le futur."
              : message.startsWith("is before") ? "La réclamation ne peut être reçue avant d’avoir été envoyée."
              : message.startsWith("is more than 5 years") ? "Cette date remonte à plus de 5 ans : le registre ne garde pas de dossier aussi ancien."
              : "Date refusée : " + message);
      case "entryLevel" -> errors.rejectValue("entryLevel", "entryLevel",
          "Ce cabinet n’a pas de premier contact : la réclamation entre au service réclamations.");
      case "complainant" -> errors.rejectValue(form.isOral() ? "callable" : "writable", "complainant",
          form.isOral()
              ? "Indiquez un téléphone, une adresse e-mail ou une adresse postale pour recontacter le réclamant."
              : "Indiquez une adresse e-mail ou une adresse postale : la réponse écrite doit parvenir au réclamant.");
      case "firm" -> errors.rejectValue("firm", "firm", "Cabinet inconnu.");
      default -> errors.reject(problem.field(), problem.field() + " : " + message);
    }
  }
}
