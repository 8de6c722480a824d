"""unterminated
triple quoted
