import { generatedSet } from './corpus/set';
import { scanHtmlText } from './lib/scan-file';
for (const v of generatedSet()) if (v.id === process.argv[2]) { console.log(v.html().slice(0, 1500)); const { report } = await scanHtmlText(v.html()); console.log(JSON.stringify(report.findings.map(f => [f.id, f.strength, f.evidence]))); }
