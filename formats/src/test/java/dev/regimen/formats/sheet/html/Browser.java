package dev.regimen.formats.sheet.html;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real browser for tests: Debian's headless Chromium ({@code /usr/bin/chromium}) driven by
 * Selenium through Debian's chromedriver ({@code /usr/bin/chromedriver}), with axe-core for
 * accessibility. Register it once per test class, so that Chromium starts once for the class:
 *
 * <pre>{@code
 * @RegisterExtension static final Browser BROWSER = new Browser();
 *
 * @Test void isAccessible() {
 *   Browser.Page page = BROWSER.load(html);
 *   assertThat(page.consoleErrors()).isEmpty();
 *   assertThat(page.externalRequests()).isEmpty();
 *   assertThat(page.axeViolations()).isEmpty();
 *   assertThat(Browser.pageCount(page.printA4())).isEqualTo(2);
 * }
 * }</pre>
 *
 * <h2>Nothing is downloaded</h2>
 *
 * <p>The driver service is given the chromedriver executable and the options the Chromium binary,
 * both explicitly. Selenium's {@code DriverFinder} then takes the service's executable as it is
 * and never runs Selenium Manager (the program that would look for, and download, a driver and a
 * browser): {@link #seleniumManagerRuns()} and {@link #driverFinderLog()} show it, and {@code
 * BrowserTest} checks it. Chromium starts with every background service off (no component
 * updates, no sync, no background networking, no QUIC), in a fresh profile folder.
 *
 * <h2>Nothing is fetched by the page</h2>
 *
 * <p>A page is written to a file and opened from there. Every request for a URL with a scheme
 * other than {@code file}, {@code data}, {@code blob} and {@code about} is blocked by the browser
 * ({@code Network.setBlockedURLs}, the request fails with {@code net::ERR_BLOCKED_BY_CLIENT}), and
 * no host name is ever resolved ({@code --host-resolver-rules}); every such request the page
 * attempted is listed by {@link Page#externalRequests()}, and each one blocked by {@link
 * Page#blockedRequests()}. A self-contained page has none.
 *
 * <h2>When Chromium or axe-core is missing</h2>
 *
 * <p>As root, the missing Debian packages are installed with {@code apt-get install chromium
 * chromium-driver} and axe-core with {@code npm install --prefix DIR axe-core@4.14.1} (DIR: the
 * system property {@value #AXE_DIR_PROPERTY}, by default {@code ~/.cache/regimen/axe-core-4.14.1});
 * {@code .ci/run} installs both beforehand, with {@code sudo} when it is not root. When they are
 * missing and cannot be installed:
 *
 * <ul>
 *   <li>where the browser tests are required (the environment variable {@value #REQUIRED_ENV} or
 *       the system property {@value #REQUIRED_PROPERTY} is {@code true}, as {@code .ci/run} sets
 *       it), the test class fails, with what to install;
 *   <li>elsewhere (a developer's machine without Chromium), its tests are reported as skipped
 *       (aborted), with the same message on standard error, never silently passed.
 * </ul>
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {
  /** Debian's Chromium: the package {@code chromium}. */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Debian's chromedriver, of the same version: the package {@code chromium-driver}. */
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The version of axe-core the tests run, from the npm registry. */
  public static final String AXE_VERSION = "4.14.1";

  /** The system property naming the folder axe-core is installed into ({@code npm --prefix}). */
  public static final String AXE_DIR_PROPERTY = "regimen.axe.dir";

  /** The axe-core tags of WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_2_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** The environment variable that, {@code true}, makes a missing browser a failure, not a skip. */
  public static final String REQUIRED_ENV = "REGIMEN_BROWSER_REQUIRED";

  /** The system property that, {@code true}, makes a missing browser a failure, not a skip. */
  public static final String REQUIRED_PROPERTY = "regimen.browser.required";

  /** A4 in inches, as Chrome's {@code Page.printToPDF} takes it. */
  private static final double A4_WIDTH_INCHES = 210 / 25.4;

  private static final double A4_HEIGHT_INCHES = 297 / 25.4;

  private static final double A4_WIDTH_POINTS = A4_WIDTH_INCHES * 72;

  private static final double A4_HEIGHT_POINTS = A4_HEIGHT_INCHES * 72;

  /** The schemes a self-contained page may load from; everything else is blocked. */
  private static final Set<String> LOCAL_SCHEMES = Set.of("file", "data", "blob", "about");

  /** The URL patterns {@code Network.setBlockedURLs} blocks: every scheme that reaches a host. */
  private static final List<String> BLOCKED_URL_PATTERNS =
      List.of("http://*", "https://*", "ws://*", "wss://*", "ftp://*");

  /** The flags that let Chromium start here and keep it off the network on its own account. */
  static final List<String> CHROMIUM_FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--disable-extensions",
          "--disable-default-apps",
          "--no-default-browser-check",
          "--hide-scrollbars",
          "--force-device-scale-factor=1",
          "--window-size=1000,800",
          "--lang=en-GB",
          // No host name ever resolves, whatever the page asks for.
          "--host-resolver-rules=MAP * ~NOTFOUND");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);

  private final Path work;
  private final List<String> driverFinderLog = new ArrayList<>();
  private final List<String> seleniumManagerLog = new ArrayList<>();
  private final List<String> seleniumWarnings = new ArrayList<>();
  private final List<Logger> quietened = new ArrayList<>();
  private ChromeDriverService service;
  private ChromeDriver driver;
  private String axeSource;
  private Path profile;
  private int pages;
  private Page current;
  private boolean printEmulated;

  /** A browser to be started by JUnit before the tests of the class that registers it. */
  public Browser() {
    this.work = Path.of("target", "browser").toAbsolutePath();
  }

  /**
   * Starts Chromium, installing it and axe-core first when they are missing.
   *
   * @param context the test class's context
   * @throws IllegalStateException when Chromium, chromedriver or axe-core are missing and cannot
   *     be installed, with what to install
   * @throws IOException when the work folder cannot be written
   */
  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    start();
  }

  /**
   * Ends Chromium and chromedriver and removes the browser profile.
   *
   * @param context the test class's context
   */
  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /**
   * Starts Chromium, installing it and axe-core first when they are missing. Called by JUnit when
   * the browser is registered as an extension; call it (and {@link #close()}) yourself otherwise.
   *
   * @throws IllegalStateException when Chromium, chromedriver or axe-core are missing and cannot
   *     be installed, with what to install
   * @throws IOException when the work folder cannot be written
   */
  public synchronized void start() throws IOException {
    if (driver != null) {
      return;
    }
    Files.createDirectories(work);
    Path axe;
    try {
      ensureChromium(work);
      axe = ensureAxe(work);
    } catch (IllegalStateException missing) {
      if (required()) {
        throw missing;
      }
      String message =
          missing.getMessage() + " The browser tests are skipped here; they fail instead where "
              + REQUIRED_ENV + "=true (as .ci/run sets it).";
      System.err.println("[browser tests skipped] " + message);
      throw new org.opentest4j.TestAbortedException(message, missing);
    }
    axeSource = Files.readString(axe, StandardCharsets.UTF_8);
    captureSeleniumLogs();
    profile = Files.createTempDirectory(work, "profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(CHROMIUM_FLAGS);
    options.addArguments("--user-data-dir=" + profile);
    options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(work.resolve("chromedriver.log").toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", BLOCKED_URL_PATTERNS));
  }

  /** Ends Chromium and chromedriver, removes the browser profile; does nothing when not started. */
  public synchronized void close() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      current = null;
      if (service != null) {
        service.stop();
        service = null;
      }
      deleteQuietly(profile);
      profile = null;
      for (Logger logger : quietened) {
        for (Handler handler : logger.getHandlers()) {
          logger.removeHandler(handler);
        }
      }
      quietened.clear();
    }
  }

  /**
   * {@return whether a missing browser fails the tests: {@value #REQUIRED_ENV} or {@value
   * #REQUIRED_PROPERTY} is {@code true}}
   */
  public static boolean required() {
    return Boolean.parseBoolean(System.getenv(REQUIRED_ENV))
        || Boolean.getBoolean(REQUIRED_PROPERTY);
  }

  /** {@return the version Chromium reports, such as {@code 156.0.8078.114}} */
  public String browserVersion() {
    return driver().getCapabilities().getBrowserVersion();
  }

  /** {@return the chromedriver executable the driver service runs} */
  public String driverExecutable() {
    requireStarted();
    return service.getExecutable();
  }

  /**
   * {@return what Selenium's driver finder said about where the driver came from, such as
   * "Skipping Selenium Manager, path to chromedriver specified in Service class: ..."}
   */
  public List<String> driverFinderLog() {
    synchronized (driverFinderLog) {
      return List.copyOf(driverFinderLog);
    }
  }

  /** {@return whether Selenium Manager logged anything, which it does whenever it runs} */
  public boolean seleniumManagerRuns() {
    synchronized (seleniumManagerLog) {
      return !seleniumManagerLog.isEmpty();
    }
  }

  /** {@return the warnings Selenium logged (kept here, not printed to the build's output)} */
  public List<String> seleniumWarnings() {
    synchronized (seleniumWarnings) {
      return List.copyOf(seleniumWarnings);
    }
  }

  /**
   * Opens an HTML document, written to a file of its own first, and waits until it and its
   * pictures are loaded.
   *
   * @param html the whole document, such as {@code <!doctype html><html lang="en">...}
   * @return the page; the browser's current page until the next load
   * @throws NullPointerException if {@code html} is null
   * @throws UncheckedIOException if the file cannot be written
   */
  public Page load(String html) {
    Objects.requireNonNull(html, "html");
    requireStarted();
    Path file = work.resolve("page-" + (++pages) + ".html");
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return load(file);
  }

  /**
   * Opens an HTML file and waits until it and its pictures are loaded.
   *
   * @param file the file; a relative reference in it is resolved against its folder
   * @return the page; the browser's current page until the next load
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if there is no such file
   */
  public Page load(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    ChromeDriver d = driver();
    // What the previous page left in the logs is not this page's.
    d.manage().logs().get(LogType.BROWSER);
    d.manage().logs().get(LogType.PERFORMANCE);
    if (printEmulated) {
      // A page is laid out for the screen unless a test asks otherwise (Page.emulatePrint).
      d.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      printEmulated = false;
    }
    d.get(file.toAbsolutePath().toUri().toString());
    // Every picture decoded (or failed), and the fonts ready, before anything is measured.
    d.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const pictures = Array.from(document.images).map(i => i.decode().catch(() => null));"
            + "Promise.all(pictures).then(() => document.fonts.ready).then(() => done(true));");
    current = new Page(file);
    current.drainLogs();
    return current;
  }

  /**
   * Counts the pages of a PDF.
   *
   * @param pdf the document
   * @return its number of pages
   * @throws UncheckedIOException if it is not a PDF that PDFBox can read
   */
  public static int pageCount(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF", e);
    }
  }

  /**
   * Tells whether every page of a PDF is A4, to the nearest point.
   *
   * @param pdf the document
   * @return whether every page is 210 by 297 mm (595.3 by 841.9 points, give or take one),
   *     portrait
   * @throws UncheckedIOException if it is not a PDF that PDFBox can read
   */
  public static boolean everyPageIsA4(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDRectangle box = page.getMediaBox();
        // Chrome sizes the paper in whole CSS pixels: 595.92 by 841.92 points for A4.
        if (Math.abs(box.getWidth() - A4_WIDTH_POINTS) > 1
            || Math.abs(box.getHeight() - A4_HEIGHT_POINTS) > 1) {
          return false;
        }
      }
      return document.getNumberOfPages() > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF", e);
    }
  }

  /** A document the browser has open: its console, its requests, axe, print and screenshot. */
  public final class Page {
    private final Path file;
    private final List<String> consoleErrors = new ArrayList<>();
    private final Set<String> externalRequests = new LinkedHashSet<>();
    private final Map<String, String> urlsByRequestId = new LinkedHashMap<>();
    private final Set<String> blockedRequests = new LinkedHashSet<>();

    private Page(Path file) {
      this.file = file;
    }

    /** {@return the file the page was opened from} */
    public Path file() {
      return file;
    }

    /**
     * {@return every console message of level error (console.error, an uncaught exception, a
     * resource that failed to load), in order, since the page was opened}
     */
    public List<String> consoleErrors() {
      drainLogs();
      return List.copyOf(consoleErrors);
    }

    /**
     * {@return every URL the page asked for that is not a {@code file:}, {@code data:}, {@code
     * blob:} or {@code about:} URL, in order; each was blocked}
     */
    public List<String> externalRequests() {
      drainLogs();
      return List.copyOf(externalRequests);
    }

    /**
     * {@return every URL whose request the browser blocked ({@code net::ERR_BLOCKED_BY_CLIENT}), in
     * order: each of {@link #externalRequests()} once it has failed}
     */
    public List<String> blockedRequests() {
      drainLogs();
      return List.copyOf(blockedRequests);
    }

    /**
     * Runs axe-core on the page for WCAG 2.0 and 2.1, levels A and AA ({@link #WCAG_2_AA}).
     *
     * @return the violations, empty when axe found none
     */
    public List<AxeViolation> axeViolations() {
      return axeViolations(WCAG_2_AA);
    }

    /**
     * Runs axe-core on the page for the rules with the given tags.
     *
     * @param tags axe-core tags, such as {@code wcag2aa}
     * @return the violations, empty when axe found none
     * @throws IllegalStateException if axe-core fails
     */
    public List<AxeViolation> axeViolations(List<String> tags) {
      ChromeDriver d = requireCurrent();
      d.executeScript(axeSource + "\n;return true;");
      Object result =
          d.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                  + " resultTypes: ['violations']})"
                  + ".then(r => done(JSON.stringify(r.violations)))"
                  + ".catch(e => done('axe failed: ' + e));",
              tags);
      String json = String.valueOf(result);
      if (json.startsWith("axe failed: ")) {
        throw new IllegalStateException(json);
      }
      List<AxeViolation> violations = new ArrayList<>();
      for (JsonNode v : JSON.readTree(json)) {
        List<String> nodes = new ArrayList<>();
        for (JsonNode node : v.path("nodes")) {
          nodes.add(node.path("target").toString() + " " + node.path("html").asString());
        }
        violations.add(
            new AxeViolation(
                v.path("id").asString(),
                v.path("impact").asString(),
                v.path("help").asString(),
                List.copyOf(nodes)));
      }
      return List.copyOf(violations);
    }

    /**
     * Prints the page to PDF on A4 paper, portrait, with backgrounds, as Chrome's print dialog
     * would with "Save as PDF" (the page's {@code @page} margins apply; a page that asks for
     * another paper size in its {@code @page} rule gets it, so the sheets ask for A4 themselves).
     *
     * @return the PDF
     */
    public byte[] printA4() {
      ChromeDriver d = requireCurrent();
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("paperWidth", A4_WIDTH_INCHES);
      params.put("paperHeight", A4_HEIGHT_INCHES);
      params.put("printBackground", true);
      params.put("preferCSSPageSize", false);
      Map<String, Object> result = d.executeCdpCommand("Page.printToPDF", params);
      return Base64.getDecoder().decode((String) result.get("data"));
    }

    /**
     * Lays the page out for print or for the screen, as CSS media queries see it, until the next
     * call or the next page.
     *
     * @param print true for {@code print}, false for {@code screen}
     */
    public void emulatePrint(boolean print) {
      requireCurrent().executeCdpCommand(
          "Emulation.setEmulatedMedia", Map.of("media", print ? "print" : "screen"));
      printEmulated = true;
    }

    /**
     * Takes a screenshot of the whole page (not only the window), 1000 CSS pixels wide.
     *
     * @return the PNG
     */
    public byte[] screenshot() {
      ChromeDriver d = requireCurrent();
      Map<String, Object> metrics = d.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
      double width = ((Number) size.get("width")).doubleValue();
      double height = ((Number) size.get("height")).doubleValue();
      Map<String, Object> clip = new LinkedHashMap<>();
      clip.put("x", 0);
      clip.put("y", 0);
      clip.put("width", width);
      clip.put("height", height);
      clip.put("scale", 1);
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("format", "png");
      params.put("captureBeyondViewport", true);
      params.put("clip", clip);
      Map<String, Object> result = d.executeCdpCommand("Page.captureScreenshot", params);
      return Base64.getDecoder().decode((String) result.get("data"));
    }

    /**
     * Saves a screenshot of the whole page.
     *
     * @param png where to write the PNG; its folder is made when missing
     * @return {@code png}
     * @throws UncheckedIOException if it cannot be written
     */
    public Path screenshot(Path png) {
      byte[] bytes = screenshot();
      try {
        Path parent = png.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.write(png, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return png;
    }

    /**
     * Runs a script in the page, as the tests' own probe (the pages themselves have none).
     *
     * @param script the body of a function, such as {@code return document.title}
     * @param args its {@code arguments}
     * @return what it returns, as Selenium converts it
     */
    public Object script(String script, Object... args) {
      return requireCurrent().executeScript(script, args);
    }

    /**
     * Records a request, unless the document that made it is one of the browser's own pages:
     * headless Chromium may still be loading its new-tab page ({@code chrome://new-tab-page}) when
     * the handout opens, and that page's requests reach the same log. A handout, opened from a
     * file, can never be such a document.
     */
    private void request(String requestId, JsonNode url, JsonNode document) {
      String text = url.asString(null);
      String from = document.asString("");
      if (from.startsWith("chrome://") || from.startsWith("chrome-untrusted://")) {
        return;
      }
      if (text != null) {
        urlsByRequestId.put(requestId, text);
        if (!isLocal(text)) {
          externalRequests.add(text);
        }
      }
    }

    private ChromeDriver requireCurrent() {
      ChromeDriver d = driver();
      if (current != this) {
        throw new IllegalStateException("the browser has opened another page since " + file);
      }
      return d;
    }

    private void drainLogs() {
      if (current != this || driver == null) {
        return;
      }
      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
        if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
          consoleErrors.add(entry.getMessage());
        }
      }
      for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
        JsonNode message = JSON.readTree(entry.getMessage()).path("message");
        JsonNode params = message.path("params");
        String requestId = params.path("requestId").asString("");
        switch (message.path("method").asString("")) {
          case "Network.requestWillBeSent" ->
              request(requestId, params.path("request").path("url"), params.path("documentURL"));
          case "Network.webSocketCreated" ->
              request(requestId, params.path("url"), params.path("initiator").path("url"));
          case "Network.loadingFailed" -> {
            String url = urlsByRequestId.get(requestId);
            boolean blocked =
                params.path("errorText").asString("").contains("BLOCKED_BY_CLIENT")
                    || !params.path("blockedReason").asString("").isEmpty();
            if (blocked) {
              // Chromium 14x blocks by Network.setBlockedURLs without a requestWillBeSent first
              // (blockedReason "inspector"): the URL is not known, the request is still counted.
              String what =
                  url != null ? url : "(a blocked " + params.path("type").asString("") + " request)";
              blockedRequests.add(what);
              if (url == null) {
                externalRequests.add(what);
              }
            }
          }
          default -> {}
        }
      }
    }
  }

  /**
   * One rule that axe-core found broken.
   *
   * @param id the rule, such as {@code image-alt}
   * @param impact how much it matters: minor, moderate, serious or critical
   * @param help what the rule asks for
   * @param nodes each element that breaks it: its CSS selector and its HTML
   */
  public record AxeViolation(String id, String impact, String help, List<String> nodes) {
    @Override
    public String toString() {
      return id + " (" + impact + "): " + help + " " + nodes;
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static boolean isLocal(String url) {
    int colon = url.indexOf(':');
    return colon > 0 && LOCAL_SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  private ChromeDriver driver() {
    requireStarted();
    return driver;
  }

  private void requireStarted() {
    if (driver == null) {
      throw new IllegalStateException(
          "the browser is not started: register it with @RegisterExtension, or call start()");
    }
  }

  /**
   * Keeps Selenium's own logging out of the build's output, and records what its driver finder and
   * Selenium Manager say.
   */
  private void captureSeleniumLogs() {
    quieten("org.openqa.selenium", Level.WARNING, seleniumWarnings);
    quieten("org.openqa.selenium.remote.service.DriverFinder", Level.FINE, driverFinderLog);
    quieten("org.openqa.selenium.manager", Level.ALL, seleniumManagerLog);
  }

  private void quieten(String name, Level level, List<String> into) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(level);
    logger.setUseParentHandlers(false);
    logger.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= level.intValue()) {
              String text = record.getMessage();
              Object[] parameters = record.getParameters();
              if (parameters != null && parameters.length > 0) {
                text = java.text.MessageFormat.format(text, parameters);
              }
              synchronized (into) {
                into.add(text);
              }
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
    quietened.add(logger);
  }

  // ---------------------------------------------------------------------------------------------
  // Installing what is missing
  // ---------------------------------------------------------------------------------------------

  private static final String CHROMIUM_ADVICE =
      "Install Debian's Chromium and its driver, as root: apt-get install chromium chromium-driver"
          + " (they give /usr/bin/chromium and /usr/bin/chromedriver; .ci/run installs them).";

  /** Makes sure Chromium and chromedriver are there, installing them with apt as root. */
  static synchronized void ensureChromium(Path work) {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    if (!isRoot()) {
      throw new IllegalStateException(
          "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + ", and this user cannot"
              + " install them. " + CHROMIUM_ADVICE);
    }
    Path log = work.resolve("apt-get.log");
    List<String> install =
        List.of(
            "apt-get", "install", "-y", "-q", "--no-install-recommends",
            "-o", "DPkg::Lock::Timeout=600", "chromium", "chromium-driver", "fonts-dejavu-core");
    int status = run(install, log, Map.of("DEBIAN_FRONTEND", "noninteractive"));
    if (status != 0) {
      // The package lists may be missing or stale on a new machine.
      run(List.of("apt-get", "update", "-q", "-o", "DPkg::Lock::Timeout=600"), log, Map.of());
      status = run(install, log, Map.of("DEBIAN_FRONTEND", "noninteractive"));
    }
    if (status != 0 || !Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Chromium is missing and apt-get could not install it (exit " + status + "; see " + log
              + "). " + CHROMIUM_ADVICE);
    }
  }

  /** {@return axe.min.js of {@link #AXE_VERSION}, installed from the npm registry when missing} */
  static synchronized Path ensureAxe(Path work) {
    Path dir =
        Path.of(
            System.getProperty(
                AXE_DIR_PROPERTY,
                Path.of(System.getProperty("user.home"), ".cache", "regimen", "axe-core-" + AXE_VERSION)
                    .toString()));
    Path axe = dir.resolve(Path.of("node_modules", "axe-core", "axe.min.js"));
    if (!isAxe(dir)) {
      String command = "npm install --prefix " + dir + " axe-core@" + AXE_VERSION;
      Path log = work.resolve("npm.log");
      int status;
      try {
        Files.createDirectories(dir);
        status =
            run(
                List.of(
                    "npm", "install", "--prefix", dir.toString(), "--no-audit", "--no-fund",
                    "--no-save", "--loglevel=error", "axe-core@" + AXE_VERSION),
                log,
                Map.of());
      } catch (IOException | IllegalStateException e) {
        throw new IllegalStateException(
            "axe-core " + AXE_VERSION + " is missing and could not be installed (" + e.getMessage()
                + "). Install Node.js and npm (apt-get install nodejs npm), then: " + command,
            e);
      }
      if (status != 0 || !isAxe(dir)) {
        throw new IllegalStateException(
            "axe-core " + AXE_VERSION + " is missing and npm could not install it (exit " + status
                + "; see " + log + "). Run: " + command);
      }
    }
    return axe;
  }

  private static boolean isAxe(Path dir) {
    Path module = dir.resolve(Path.of("node_modules", "axe-core"));
    Path manifest = module.resolve("package.json");
    if (!Files.isRegularFile(module.resolve("axe.min.js")) || !Files.isRegularFile(manifest)) {
      return false;
    }
    try {
      return AXE_VERSION.equals(JSON.readTree(manifest.toFile()).path("version").asString(""));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean isRoot() {
    try {
      return "0".equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid").toString());
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Runs a command, appending its output to {@code log}; {@return its exit status} */
  private static int run(List<String> command, Path log, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    try {
      Files.writeString(
          log,
          "$ " + String.join(" ", command) + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      Process process = builder.start();
      if (!process.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " did not finish in " + INSTALL_TIMEOUT.toMinutes() + " min");
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A profile folder left behind under target/ is harmless.
    }
  }
}
