// A page that shows only the scales downloads no charting code: the scales' size bundle, as built by
// rollup.config.js, lists the modules it holds (dist/min/scales.modules.json), and none may be uPlot's
// or the chart's. The bundles' sizes themselves are size-limit's (.size-limit.json).
import { existsSync, readFileSync } from 'node:fs';

const list = 'packages/elements/dist/min/scales.modules.json';
if (!existsSync(list)) {
  process.stdout.write(`FAIL the scales load no charting code: ${list} was not built\n`);
  process.exit(1);
}
const charting = JSON.parse(readFileSync(list, 'utf8')).filter((id) => /uplot|fit-chart/i.test(id));
process.stdout.write(charting.length === 0 ? 'ok   the scales load no charting code: no uPlot or fit-chart module in the scales bundle\n' : `FAIL the scales load charting code: ${charting.join(', ')}\n`);
process.exitCode = charting.length === 0 ? 0 : 1;
