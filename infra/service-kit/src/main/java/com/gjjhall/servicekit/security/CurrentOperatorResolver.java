package com.gjjhall.servicekit.security;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands controllers the verified {@link CurrentOperator}; a public path that asks for one gets a 401. */
public class CurrentOperatorResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentOperator.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof OperatorAuthentication operator) {
            return operator.getPrincipal();
        }
        throw new BusinessException(PlatformError.UNAUTHENTICATED);
    }
}
