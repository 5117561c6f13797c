import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PROJECT_ROOT } from './constructs/project-root.ts';
import { readDeploymentConfig } from './stacks/config.ts';
import { loadFormsForDeployment } from './stacks/forms-source.ts';
import { addMitwirkenStacks, mainEnvironment } from './stacks/mitwirken.ts';

const app = new App();
const config = readDeploymentConfig(app.node);
// Invalid forms stop the synth here, with every error and its file:line:column.
const forms = await loadFormsForDeployment(join(PROJECT_ROOT, 'forms'));
addMitwirkenStacks(app, { config, forms, env: mainEnvironment(config, process.env) });
// cdk-nag 3 runs as a CDK validation plugin (it replaced v2's Aspect): any unacknowledged finding,
// error or warning, fails the synth. Acknowledgements live next to the resource they are about.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
