package nl.regioregister.command.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.ClassUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.regioregister.events.Invoerregels;
import java.util.function.Supplier;
import nl.regioregister.events.VrijeTekst;
import org.springframework.beans.factory.BeanFactory;
import java.lang.reflect.Method;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Input is checked at the boundary, strictly, and every violation is reported at once (400, {@code invalidParams}),
 * before anything is decided. For JSON bodies: unknown fields, duplicate keys, wrong types (a number as text, a
 * fraction where a whole number is meant), unknown enum values, dates outside {@link Invoerregels} and texts that
 * break {@link Invoerregels} are refused, not corrected or ignored. For query parameters and path variables: unknown
 * parameters, values that do not convert to the declared type, and texts that break the same rules. For a request
 * that changes something: whether its answer can be given in a form the client accepts, before it is handled.
 * <p>
 * Only for HTTP input: stored events keep their own, upcaster-driven rules. The command side and the query side hold
 * identical copies (see {@link Probleemvorm}); {@link Foutpagina} configures one of them.
 */
public class StrikteInvoer implements WebMvcConfigurer {

    private static final String MODULE = "regioregister-strikte-invoer";
    private static final ThreadLocal<List<Probleemvorm.Schending>> SCHENDINGEN = new ThreadLocal<>();

    private final BeanFactory beans;

    public StrikteInvoer(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter instanceof MappingJackson2HttpMessageConverter json
                // in the standalone run the other side's identical copy may have made it strict already
                && !json.getObjectMapper().getRegisteredModuleIds().contains(MODULE)
                ? new StrikteJson(strikt(json.getObjectMapper().copy())) : converter);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AntwoordVooraf(beans));
        registry.addInterceptor(new Parametercontrole(
                () -> beans.getBean("mvcConversionService", ConversionService.class)));
    }

    static ObjectMapper strikt(ObjectMapper json) {
        SimpleModule module = new SimpleModule(MODULE);
        module.addDeserializer(String.class, new Tekst(false));
        module.addDeserializer(LocalDate.class, new Datum());
        module.addDeserializer(Integer.class, new GeheelGetal<>(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE));
        module.addDeserializer(int.class, new GeheelGetal<>(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE));
        module.addDeserializer(Long.class, new GeheelGetal<>(Long.class, Long.MIN_VALUE, Long.MAX_VALUE));
        module.addDeserializer(long.class, new GeheelGetal<>(Long.class, Long.MIN_VALUE, Long.MAX_VALUE));
        module.addDeserializer(BigDecimal.class, new Bedrag());
        module.addDeserializer(Boolean.class, new Waarheidswaarde());
        module.addDeserializer(boolean.class, new Waarheidswaarde());
        json.registerModule(module);
        json.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        json.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        json.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        json.addHandler(new Verzamelaar());
        return json;
    }

    // --- what a JSON body may hold ---

    /** Reads the body with a collector for its violations and refuses it, naming them all, when there are any. */
    static final class StrikteJson extends MappingJackson2HttpMessageConverter {

        StrikteJson(ObjectMapper json) {
            super(json);
        }

        @Override
        public Object read(Type type, @Nullable Class<?> contextClass, HttpInputMessage invoer) throws IOException {
            List<Probleemvorm.Schending> schendingen = new ArrayList<>();
            List<Probleemvorm.Schending> eerder = SCHENDINGEN.get();
            SCHENDINGEN.set(schendingen);
            try {
                Object gelezen = super.read(type, contextClass, invoer);
                if (!schendingen.isEmpty()) {
                    throw Probleemvorm.ongeldigeInvoer(schendingen);
                }
                return gelezen;
            } catch (HttpMessageNotReadableException onleesbaar) {
                // what made reading stop comes after what was collected before it
                schendingen.add(schending(onleesbaar));
                throw Probleemvorm.ongeldigeInvoer(schendingen);
            } finally {
                SCHENDINGEN.set(eerder);
            }
        }

        @Override
        protected ObjectReader customizeReader(ObjectReader reader, JavaType javaType) {
            return reader.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
    }

    /** The violation that made Jackson stop reading, described without Jackson's own words. */
    static Probleemvorm.Schending schending(HttpMessageNotReadableException onleesbaar) {
        Throwable oorzaak = onleesbaar.getCause();
        if (oorzaak instanceof UnrecognizedPropertyException onbekend) {
            return new Probleemvorm.Schending(pad(onbekend.getPath()), "onbekend", "dit veld kent de API niet");
        }
        if (oorzaak instanceof JsonMappingException mapping) {
            String naam = mapping.getPath().isEmpty() ? "body" : pad(mapping.getPath());
            return new Probleemvorm.Schending(naam, "ongeldig", mapping.getPath().isEmpty()
                    ? "de invoer heeft niet de verwachte vorm van een JSON-object"
                    : "ontbreekt of heeft niet de verwachte vorm");
        }
        if (oorzaak instanceof JsonParseException syntax) {
            String naam = naam(syntax.getProcessor() == null ? null : syntax.getProcessor().getParsingContext());
            // Jackson's strict duplicate detection has no exception type of its own, only this message
            if (syntax.getOriginalMessage() != null && syntax.getOriginalMessage().startsWith("Duplicate field")) {
                return new Probleemvorm.Schending(naam, "dubbel", "dit veld komt meer dan eens voor");
            }
            String plaats = syntax.getLocation() == null ? "" : " (regel " + syntax.getLocation().getLineNr()
                    + ", kolom " + syntax.getLocation().getColumnNr() + ")";
            return new Probleemvorm.Schending(naam.isEmpty() ? "body" : naam, "json", "geen geldige JSON" + plaats);
        }
        return new Probleemvorm.Schending("body", "json", "de invoer is geen leesbare JSON");
    }

    private static void meld(JsonParser parser, String code, String reden) throws JsonMappingException {
        List<Probleemvorm.Schending> schendingen = SCHENDINGEN.get();
        String naam = naam(parser.getParsingContext());
        if (schendingen == null) {
            throw JsonMappingException.from(parser, naam + ": " + reden);
        }
        schendingen.add(new Probleemvorm.Schending(naam.isEmpty() ? "body" : naam, code, reden));
    }

    private static String naam(@Nullable JsonStreamContext context) {
        List<String> delen = new ArrayList<>();
        for (JsonStreamContext deel = context; deel != null && !deel.inRoot(); deel = deel.getParent()) {
            if (deel.inArray()) {
                delen.add(0, "[" + Math.max(0, deel.getCurrentIndex()) + "]");
            } else if (deel.getCurrentName() != null) {
                delen.add(0, "." + deel.getCurrentName());
            }
        }
        String pad = String.join("", delen);
        return pad.startsWith(".") ? pad.substring(1) : pad;
    }

    private static String pad(List<JsonMappingException.Reference> referenties) {
        StringBuilder pad = new StringBuilder();
        for (JsonMappingException.Reference referentie : referenties) {
            if (referentie.getFieldName() != null) {
                pad.append(pad.isEmpty() ? "" : ".").append(referentie.getFieldName());
            } else if (referentie.getIndex() >= 0) {
                pad.append('[').append(referentie.getIndex()).append(']');
            }
        }
        return pad.toString();
    }

    /** Collects what Jackson would otherwise stop at: unknown fields, unknown enum values, misplaced values. */
    static final class Verzamelaar extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                             JsonDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) throws IOException {
            if (SCHENDINGEN.get() == null) {
                return false;
            }
            String ouder = naam(p.getParsingContext().getParent());
            SCHENDINGEN.get().add(new Probleemvorm.Schending(ouder.isEmpty() ? propertyName
                    : ouder + "." + propertyName, "onbekend", "dit veld kent de API niet"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) throws IOException {
            if (SCHENDINGEN.get() == null) {
                return NOT_HANDLED;
            }
            meld(ctxt.getParser(), "waarde", verwacht(targetType));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) throws IOException {
            if (SCHENDINGEN.get() == null) {
                return NOT_HANDLED;
            }
            meld(ctxt.getParser(), "waarde", verwacht(targetType));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                                            JsonParser p, String failureMsg) throws IOException {
            if (SCHENDINGEN.get() == null || targetType.isPrimitive()) {
                return NOT_HANDLED;
            }
            meld(p, "type", verwacht(targetType.getRawClass()));
            p.skipChildren();
            return null;
        }
    }

    /** What a value of this type looks like, in the words of the API. */
    static String verwacht(@Nullable Class<?> type) {
        if (type == null) {
            return "ongeldige waarde";
        }
        Class<?> soort = type.isPrimitive() ? ClassUtil.wrapperType(type) : type;
        if (type.isEnum()) {
            return "een van: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (soort == Integer.class || soort == Long.class || soort == Short.class || soort == BigInteger.class
                || type == int.class || type == long.class) {
            return "een geheel getal";
        }
        if (soort == BigDecimal.class || soort == Double.class) {
            return "een getal, zoals een bedrag in euro's: 350000.00";
        }
        if (soort == Boolean.class || type == boolean.class) {
            return "true of false";
        }
        if (soort == LocalDate.class) {
            return "een datum (JJJJ-MM-DD) tussen " + Invoerregels.VROEGSTE_DATUM + " en "
                    + Invoerregels.LAATSTE_DATUM;
        }
        if (soort == Instant.class) {
            return "een tijdstip in UTC (ISO 8601, bijvoorbeeld 2025-03-05T09:00:00Z)";
        }
        if (soort == UUID.class) {
            return "een UUID";
        }
        if (soort == String.class) {
            return "een tekst";
        }
        if (Collection.class.isAssignableFrom(soort) || soort.isArray()) {
            return "een lijst";
        }
        return "een object";
    }

    /** Every text: a string, within {@link Invoerregels}; tab and line breaks only where {@link VrijeTekst}. */
    static final class Tekst extends JsonDeserializer<String> implements ContextualDeserializer {

        private final boolean vrijeTekst;

        Tekst(boolean vrijeTekst) {
            this.vrijeTekst = vrijeTekst;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            boolean vrij = property != null && property.getAnnotation(VrijeTekst.class) != null;
            return vrij == vrijeTekst ? this : new Tekst(vrij);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                meld(p, "type", "een tekst");
                p.skipChildren();
                return null;
            }
            String tekst = p.getText();
            var schending = Invoerregels.tekstSchending(tekst, vrijeTekst);
            if (schending.isPresent()) {
                meld(p, "tekst", schending.get());
            }
            return tekst;
        }
    }

    /** A date: ISO 8601 ({@code JJJJ-MM-DD}), within the range of {@link Invoerregels}; never empty. */
    static final class Datum extends JsonDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                meld(p, "type", verwacht(LocalDate.class));
                p.skipChildren();
                return null;
            }
            LocalDate datum = datum(p.getText());
            if (datum == null) {
                meld(p, "datum", verwacht(LocalDate.class));
            }
            return datum;
        }
    }

    /** A calendar date in ISO notation; compiled once, as it is asked for every date of every request. */
    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The date of a text, or null when it is not one the register accepts. */
    @Nullable
    static LocalDate datum(String tekst) {
        if (!DATUM.matcher(tekst).matches()) {
            return null;
        }
        try {
            LocalDate datum = LocalDate.parse(tekst);
            return Invoerregels.datumSchending(datum).isEmpty() ? datum : null;
        } catch (DateTimeException geenDatum) {
            return null;
        }
    }

    /** A whole number: a JSON integer within the type's range; not a fraction, not a text. */
    static final class GeheelGetal<T extends Number> extends JsonDeserializer<T> {

        private final Class<T> type;
        private final long kleinste;
        private final long grootste;

        GeheelGetal(Class<T> type, long kleinste, long grootste) {
            this.type = type;
            this.kleinste = kleinste;
            this.grootste = grootste;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                BigInteger getal = p.getBigIntegerValue();
                if (getal.compareTo(BigInteger.valueOf(kleinste)) >= 0 && getal.compareTo(BigInteger.valueOf(grootste)) <= 0) {
                    return type.cast(type == Integer.class ? (Object) getal.intValue() : (Object) getal.longValue());
                }
                meld(p, "bereik", "een geheel getal tussen " + kleinste + " en " + grootste);
                return null;
            }
            meld(p, "type", "een geheel getal, zonder decimalen en niet als tekst");
            p.skipChildren();
            return null;
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return null;
        }
    }

    /** An amount or other decimal: a JSON number as sent, never text and never rounded. */
    static final class Bedrag extends JsonDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            meld(p, "type", "een getal, niet als tekst: 350000.00");
            p.skipChildren();
            return null;
        }
    }

    /** true or false, not "true", 1 or "ja". */
    static final class Waarheidswaarde extends JsonDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
                return p.getBooleanValue();
            }
            meld(p, "type", "true of false");
            p.skipChildren();
            return null;
        }
    }

    // --- what query parameters and path variables may hold ---

    /**
     * Before a handler of the register runs: every query parameter is one it declares, every parameter and path
     * variable converts to its declared type (a date within range), and every text keeps {@link Invoerregels}.
     */
    static final class Parametercontrole implements HandlerInterceptor {

        private static final DefaultParameterNameDiscoverer NAMEN = new DefaultParameterNameDiscoverer();

        private final Supplier<ConversionService> conversie;

        Parametercontrole(Supplier<ConversionService> conversie) {
            this.conversie = conversie;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!(handler instanceof HandlerMethod methode)
                    || !methode.getBeanType().getPackageName().startsWith("nl.regioregister")) {
                return true;
            }
            List<Probleemvorm.Schending> schendingen = new ArrayList<>();
            Set<String> bekend = new LinkedHashSet<>();
            boolean alles = false;
            for (MethodParameter parameter : methode.getMethodParameters()) {
                RequestParam vraag = parameter.getParameterAnnotation(RequestParam.class);
                if (vraag != null) {
                    String naam = naam(vraag.name(), vraag.value(), parameter);
                    if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                        alles = true;
                        continue;
                    }
                    bekend.add(naam);
                    String[] waarden = request.getParameterValues(naam);
                    if (waarden != null) {
                        controleer(naam, parameter, waarden, schendingen);
                    }
                }
                PathVariable padvariabele = parameter.getParameterAnnotation(PathVariable.class);
                if (padvariabele != null && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                        instanceof Map<?, ?> variabelen) {
                    String naam = naam(padvariabele.name(), padvariabele.value(), parameter);
                    if (variabelen.get(naam) instanceof String waarde) {
                        controleer(naam, parameter, new String[] {waarde}, schendingen);
                    }
                }
            }
            if (!alles) {
                for (String naam : request.getParameterMap().keySet()) {
                    if (!bekend.contains(naam)) {
                        schendingen.add(new Probleemvorm.Schending(naam, "onbekend", bekend.isEmpty()
                                ? "dit endpoint kent geen parameters"
                                : "dit endpoint kent deze parameter niet; wel: " + String.join(", ", bekend)));
                    }
                }
            }
            if (!schendingen.isEmpty()) {
                throw Probleemvorm.ongeldigeInvoer(schendingen);
            }
            return true;
        }

        private static String naam(String naam, String waarde, MethodParameter parameter) {
            if (!naam.isEmpty()) {
                return naam;
            }
            if (!waarde.isEmpty()) {
                return waarde;
            }
            String[] namen = NAMEN.getParameterNames(parameter.getExecutable() instanceof Method methode
                    ? methode : null);
            return namen == null ? "arg" + parameter.getParameterIndex() : namen[parameter.getParameterIndex()];
        }

        private void controleer(String naam, MethodParameter parameter, String[] waarden,
                                List<Probleemvorm.Schending> schendingen) {
            for (String waarde : waarden) {
                var tekst = Invoerregels.tekstSchending(waarde, false);
                if (tekst.isPresent()) {
                    schendingen.add(new Probleemvorm.Schending(naam, "tekst", tekst.get()));
                    return;
                }
            }
            TypeDescriptor doel = new TypeDescriptor(parameter);
            Class<?> enkel = doel.isCollection() && doel.getElementTypeDescriptor() != null
                    ? doel.getElementTypeDescriptor().getType() : doel.getType();
            if (enkel == String.class) {
                return;
            }
            ConversionService omzetting = conversie.get();
            try {
                Object waarde = omzetting.convert(waarden.length == 1 ? waarden[0] : waarden,
                        TypeDescriptor.forObject(waarden.length == 1 ? waarden[0] : waarden), doel);
                for (Object enkelvoud : waarde instanceof Collection<?> lijst ? lijst : List.of(
                        waarde == null ? "" : waarde)) {
                    LocalDate datum = enkelvoud instanceof LocalDate d ? d
                            : enkelvoud instanceof Instant i ? i.atOffset(ZoneOffset.UTC).toLocalDate() : null;
                    if (datum != null && Invoerregels.datumSchending(datum).isPresent()) {
                        schendingen.add(new Probleemvorm.Schending(naam, "bereik", verwacht(LocalDate.class)));
                        return;
                    }
                }
            } catch (ConversionException | IllegalArgumentException ongeldig) {
                schendingen.add(new Probleemvorm.Schending(naam, "type", verwacht(enkel)));
            }
        }
    }

    // --- the form of the answer, before anything changes ---

    /**
     * Nothing fails after a decision is stored: whether the answer can be given in a form the client accepts is
     * decided before a request that changes something reaches its handler, the way Spring MVC would decide it after
     * the handler returned (the mapping's {@code produces}, else what the message converters can write for the
     * handler's return type). A client that accepts none of those gets 406 and nothing is recorded.
     */
    static final class AntwoordVooraf implements HandlerInterceptor {

        private final BeanFactory beans;

        AntwoordVooraf(BeanFactory beans) {
            this.beans = beans;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws HttpMediaTypeNotAcceptableException {
            if (handler instanceof HandlerMethod methode && !HttpMethod.GET.matches(request.getMethod())
                    && !HttpMethod.HEAD.matches(request.getMethod())
                    && methode.getBeanType().getPackageName().startsWith("nl.regioregister")) {
                controleer(request, methode);
            }
            return true;
        }

        private void controleer(HttpServletRequest request, HandlerMethod methode)
                throws HttpMediaTypeNotAcceptableException {
            List<MediaType> gevraagd = beans.getBean("mvcContentNegotiationManager", ContentNegotiationManager.class)
                    .resolveMediaTypes(new ServletWebRequest(request));
            Collection<MediaType> leverbaar = leverbaar(request, methode);
            if (leverbaar.isEmpty()) {
                return;
            }
            for (MediaType vraag : gevraagd) {
                for (MediaType aanbod : leverbaar) {
                    if (vraag.isCompatibleWith(aanbod)) {
                        return;
                    }
                }
            }
            throw new HttpMediaTypeNotAcceptableException(new ArrayList<>(leverbaar));
        }

        @SuppressWarnings("unchecked")
        private Collection<MediaType> leverbaar(HttpServletRequest request, HandlerMethod methode) {
            if (request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) instanceof Set<?> vastgelegd
                    && !vastgelegd.isEmpty()) {
                return (Set<MediaType>) vastgelegd;
            }
            ResolvableType antwoord = ResolvableType.forMethodReturnType(methode.getMethod());
            if (HttpEntity.class.isAssignableFrom(antwoord.toClass())) {
                antwoord = antwoord.as(HttpEntity.class).getGeneric(0);
            }
            Class<?> soort = antwoord.toClass();
            if (soort == void.class || soort == Void.class) {
                return List.of();
            }
            Set<MediaType> leverbaar = new LinkedHashSet<>();
            for (HttpMessageConverter<?> converter : beans.getBean("requestMappingHandlerAdapter",
                    RequestMappingHandlerAdapter.class).getMessageConverters()) {
                if (converter.canWrite(soort, null)) {
                    leverbaar.addAll(converter.getSupportedMediaTypes(soort));
                }
            }
            return leverbaar;
        }
    }
}
