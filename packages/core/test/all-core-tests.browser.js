// The SDK's tests in the browser, all in one page: each file of its own would cost a page load and a
// module graph per engine for a few milliseconds of tests. The list is made when the page is asked
// for (core-tests-in-one-page in web-test-runner.config.js), so a new test file is never left out.
import './every-core-test-file.js';
