package nl.regioregister.query.platform;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error format of the register: RFC 9457 problem+json in Dutch, {@code invalidParams} listing every
 * violation where the input was at fault (NL API Design Rules), never a Java class name, a stack trace or a
 * framework's own message. Each side's exception advice extends it for the refusals of its own domain; the
 * container's errors get the same body from {@link Foutpagina}.
 * <p>
 * The command side and the query side each hold an identical copy of this class, {@link StrikteInvoer} and
 * {@link Foutpagina}: they share no module that may depend on Spring (the module list is fixed and the published
 * contract depends on the JDK and Jackson annotations only). A test in the standalone module keeps the copies equal.
 */
public abstract class Probleemvorm extends ResponseEntityExceptionHandler {

    public static final String TYPE_PREFIX = "urn:regioregister:probleem:";

    private static final Logger LOG = LoggerFactory.getLogger(Probleemvorm.class);

    /** One violation of one field, parameter or header, as listed under {@code invalidParams}. */
    public record Schending(String name, String code, String reason) {
    }

    public static ProblemDetail probleem(HttpStatusCode status, String titel, @Nullable String detail, String soort) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel);
        problem.setType(URI.create(TYPE_PREFIX + soort));
        return problem;
    }

    /** A 400 naming every violation; the input changes nothing. */
    public static ProblemDetail ongeldig(List<Schending> schendingen) {
        ProblemDetail problem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "De invoer bevat " + schendingen.size() + (schendingen.size() == 1 ? " fout." : " fouten."),
                "ongeldige-invoer");
        problem.setProperty("invalidParams", List.copyOf(schendingen));
        return problem;
    }

    /** The same problem as an exception, for code that refuses before a handler runs. */
    public static ErrorResponseException ongeldigeInvoer(List<Schending> schendingen) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, ongeldig(schendingen), null);
    }

    /** The problem the register gives for a bare HTTP status, e.g. from the servlet container. */
    public static ProblemDetail voorStatus(int status) {
        HttpStatus bekend = HttpStatus.resolve(status);
        return switch (bekend == null ? HttpStatus.INTERNAL_SERVER_ERROR : bekend) {
            case BAD_REQUEST -> probleem(HttpStatus.BAD_REQUEST, "Ongeldig verzoek",
                    "Het verzoek is niet te verwerken: controleer het pad, de parameters en de headers.",
                    "ongeldig-verzoek");
            case UNAUTHORIZED -> probleem(HttpStatus.UNAUTHORIZED, "Niet aangemeld",
                    "Meld u aan om het regioregister te gebruiken.", "niet-aangemeld");
            case FORBIDDEN -> probleem(HttpStatus.FORBIDDEN, "Geen toegang",
                    "Uw rol geeft geen toegang tot deze bron.", "geen-toegang");
            case NOT_FOUND -> probleem(HttpStatus.NOT_FOUND, "Niet gevonden",
                    "Op dit pad is niets te vinden; de paden staan in /v1/openapi.json.", "niet-gevonden");
            case METHOD_NOT_ALLOWED -> probleem(HttpStatus.METHOD_NOT_ALLOWED, "Methode niet toegestaan",
                    "Dit pad kent deze HTTP-methode niet.", "methode-niet-toegestaan");
            case NOT_ACCEPTABLE -> probleem(HttpStatus.NOT_ACCEPTABLE, "Niet leverbaar",
                    "Het antwoord is niet leverbaar in de gevraagde vorm (Accept).", "niet-leverbaar");
            case PAYLOAD_TOO_LARGE -> probleem(HttpStatus.PAYLOAD_TOO_LARGE, "Verzoek te groot",
                    "Het verzoek is groter dan het register aanneemt.", "te-groot");
            case URI_TOO_LONG -> probleem(HttpStatus.URI_TOO_LONG, "Adres te lang",
                    "Het adres van het verzoek is langer dan het register aanneemt.", "te-groot");
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> probleem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "Headers te groot", "De headers van het verzoek zijn groter dan het register aanneemt.",
                    "te-groot");
            case UNSUPPORTED_MEDIA_TYPE -> probleem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Onbekend mediatype",
                    "Stuur de invoer als application/json.", "onbekend-mediatype");
            case SERVICE_UNAVAILABLE -> probleem(HttpStatus.SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar",
                    "Het register kan het verzoek nu niet verwerken; probeer het later opnieuw.",
                    "niet-beschikbaar");
            default -> bekend != null && bekend.is4xxClientError()
                    ? probleem(bekend, "Verzoek niet verwerkt", "Het register verwerkt dit verzoek niet.",
                            "niet-verwerkt")
                    : probleem(HttpStatus.valueOf(bekend == null || bekend.is2xxSuccessful() ? 500 : bekend.value()),
                            "Interne fout", "Er ging iets mis in het register; er is niets vastgelegd dat u niet "
                                    + "bevestigd kreeg. Meld het tijdstip aan de beheerder.", "interne-fout");
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Schending> schendingen = ex.getBindingResult().getFieldErrors().stream()
                .map(fout -> new Schending(fout.getField(), fout.getCode() == null ? "ongeldig" : fout.getCode(),
                        reden(fout)))
                .collect(Collectors.toList());
        ex.getBindingResult().getGlobalErrors().forEach(fout -> schendingen.add(new Schending(fout.getObjectName(),
                fout.getCode() == null ? "ongeldig" : fout.getCode(),
                fout.getDefaultMessage() == null ? "ongeldig" : fout.getDefaultMessage())));
        return handleExceptionInternal(ex, ongeldig(schendingen), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Schending> schendingen = ex.getAllValidationResults().stream()
                .flatMap(resultaat -> resultaat.getResolvableErrors().stream().map(fout -> new Schending(
                        resultaat.getMethodParameter().getParameterName(),
                        fout.getCodes() == null || fout.getCodes().length == 0 ? "ongeldig"
                                : fout.getCodes()[fout.getCodes().length - 1],
                        fout.getDefaultMessage() == null ? "ongeldig" : fout.getDefaultMessage())))
                .toList();
        return handleExceptionInternal(ex, ongeldig(schendingen), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return handleExceptionInternal(ex, ongeldig(List.of(StrikteInvoer.schending(ex))), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String naam = ex instanceof MethodArgumentTypeMismatchException parameter ? parameter.getName()
                : ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        return handleExceptionInternal(ex, ongeldig(List.of(new Schending(naam, "type",
                StrikteInvoer.verwacht(ex.getRequiredType())))), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        return handleExceptionInternal(ex, ongeldig(List.of(new Schending(ex.getParameterName(), "verplicht",
                "deze parameter is verplicht"))), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        if (ex instanceof MissingPathVariableException) {
            return handleExceptionInternal(ex, null, headers, HttpStatus.INTERNAL_SERVER_ERROR, request);
        }
        if (ex instanceof org.springframework.web.bind.MissingRequestHeaderException header) {
            return handleExceptionInternal(ex, ongeldig(List.of(new Schending(header.getHeaderName(), "verplicht",
                    "deze header is verplicht"))), headers, HttpStatus.BAD_REQUEST, request);
        }
        return handleExceptionInternal(ex, null, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Every framework error ends here: its status is kept, its body replaced by the register's Dutch problem. A body
     * the register wrote itself (its type under {@value #TYPE_PREFIX}) is kept as it is.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
                                                             HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        Object inhoud = body == null && ex instanceof ErrorResponse fout ? fout.getBody() : body;
        ProblemDetail problem = inhoud instanceof ProblemDetail eigen && eigen.getType().toString()
                .startsWith(TYPE_PREFIX) ? eigen : voorStatus(status.value());
        if (ex instanceof HttpRequestMethodNotSupportedException methode && methode.getSupportedMethods() != null) {
            problem.setDetail("Dit pad kent de methode " + methode.getMethod() + " niet; wel: "
                    + String.join(", ", methode.getSupportedMethods()) + ".");
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException && !headers.containsKey(HttpHeaders.CONTENT_TYPE)) {
            List<MediaType> leverbaar = ((HttpMediaTypeNotAcceptableException) ex).getSupportedMediaTypes();
            if (!leverbaar.isEmpty()) {
                problem.setDetail("Het antwoord is alleen leverbaar als " + leverbaar.stream()
                        .map(MediaType::toString).collect(Collectors.joining(", ")) + ".");
            }
        }
        if (ex instanceof HttpMediaTypeNotSupportedException mediatype && !mediatype.getSupportedMediaTypes()
                .isEmpty()) {
            problem.setDetail("Stuur de invoer als " + mediatype.getSupportedMediaTypes().stream()
                    .map(MediaType::toString).collect(Collectors.joining(", ")) + ".");
        }
        if (status.is5xxServerError() && status.value() != 503) {
            LOG.error("Onverwachte fout bij {}", request.getDescription(false), ex);
        } else {
            LOG.debug("Verzoek geweigerd met {}: {}", status.value(), problem.getTitle());
        }
        return super.handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()),
                request);
    }

    private static String reden(FieldError fout) {
        if (fout.isBindingFailure()) {
            return "ongeldige waarde";
        }
        return fout.getDefaultMessage() == null ? "ongeldig" : fout.getDefaultMessage();
    }
}
