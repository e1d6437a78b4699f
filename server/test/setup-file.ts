import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { useSecretKey } from '../src/core/secrets.js';

// What main.ts does at startup: every stored token hash and sealed e-mail needs the server key.
useSecretKey(randomBytes(32).toString('base64url'));
