import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { SecretName } from '../../shared/links/index.ts';

export interface SigningKeyProps {
  /** Which of the deployment's secrets this is (shared/links/secret.ts): sets `<name>_SECRET_ARN`. Default LINK. */
  name?: SecretName;
  /** What the key signs, for the secret's description. */
  purpose?: string;
}

/**
 * One of the deployment's HMAC keys: LINK (approval and status links, ARCHITECTURE invariant 5),
 * STAFF (staff sign-in and sessions) or PARTICIPATION (form ids, one-per-person markers). Only
 * functions bound with `bindTo` may read it; the keyring format is documented in shared/links/secret.ts.
 */
export class LinkSigningKey extends Construct {
  readonly secret: secretsmanager.Secret;
  readonly name: SecretName;

  constructor(scope: Construct, id: string, props: SigningKeyProps = {}) {
    super(scope, id);
    this.name = props.name ?? 'LINK';
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: `HMAC-SHA256 key for Mitwirken ${props.purpose ?? 'approval links'}`,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      // Links that are out in people's mailboxes stay verifiable even if the stack is replaced.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Automatic rotation would replace the HMAC key and invalidate every approval link already emailed; rotation is a manual keyring step instead (new key in "current", old one kept in "previous" until its links expire, see shared/links/secret.ts).',
    });
  }

  /** Lets the function read the key: sets `<name>_SECRET_ARN` and grants GetSecretValue on this secret only. */
  bindTo(fn: lambda.Function): void {
    fn.addEnvironment(`${this.name}_SECRET_ARN`, this.secret.secretArn);
    this.secret.grantRead(fn);
  }
}
