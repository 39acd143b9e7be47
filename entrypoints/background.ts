import { defineBackground } from 'wxt/utils/define-background';
import { browser } from '../model/browser';
import { Background } from '../extension/background/background';

export default defineBackground(() => {
  new Background(browser).listen();
});
