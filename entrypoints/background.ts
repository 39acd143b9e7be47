import { defineBackground } from 'wxt/utils/define-background';
import { browser } from '../extension/browser';
import { Background } from '../extension/background';

export default defineBackground(() => {
  new Background(browser).listen();
});
